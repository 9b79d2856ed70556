package fi.kanslia.forms;

import static fi.kanslia.forms.RenderContext.descriptionId;
import static fi.kanslia.forms.RenderContext.errorId;
import static fi.kanslia.forms.RenderContext.inputId;
import static fi.kanslia.forms.RenderContext.optionId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTML of one input field. Every control has a {@code <label for>}; radios and checklists sit
 * in a fieldset whose legend is the field's label. Help text and error are linked with {@code
 * aria-describedby}; a failed field carries {@code aria-invalid="true"}.
 */
final class FieldHtml {

  private final RenderContext ctx;
  private final FormField field;
  private final String error;

  FieldHtml(RenderContext ctx, FormField field) {
    this.ctx = ctx;
    this.field = field;
    this.error = ctx.error(field);
  }

  void render() {
    ctx.append("<div")
        .attribute(
            "class",
            "kf-field kf-field--"
                + field.type().name().toLowerCase(Locale.ROOT)
                + (error == null ? "" : " kf-field--error"))
        .append(">\n");
    switch (field.type()) {
      case RADIO, CHECKLIST -> optionGroup();
      case CHECKBOX -> checkbox();
      default -> labelledControl();
    }
    ctx.append("</div>\n");
  }

  private void labelledControl() {
    ctx.append("<label class=\"kf-label\"").attribute("for", inputId(field)).append(">");
    labelText();
    ctx.append("</label>\n");
    descriptionAndError();
    switch (field.type()) {
      case TEXTAREA -> textarea();
      case SELECT -> select();
      default -> input();
    }
  }

  private void input() {
    ctx.append("<input class=\"kf-input\"");
    switch (field.type()) {
      case NUMBER -> {
        Integer digits = field.validation().decimalDigits();
        ctx.attribute("type", "text")
            .attribute("inputmode", digits != null && digits == 0 ? "numeric" : "decimal");
      }
      case DATE -> ctx.attribute("type", "date");
      default -> textfieldType();
    }
    ctx.attribute("id", inputId(field))
        .attribute("name", field.key())
        .attribute("value", ctx.input.first(field.key()));
    aria(true);
    ctx.append(">\n");
  }

  /** E-mail and phone fields ask for the user's own details, so the browser may fill them in. */
  private void textfieldType() {
    switch (field.validation().validationType()) {
      case EMAIL ->
          ctx.attribute("type", "email")
              .attribute("autocomplete", "email")
              .attribute("spellcheck", "false");
      case PHONE -> ctx.attribute("type", "tel").attribute("autocomplete", "tel");
      case NONE -> ctx.attribute("type", "text");
    }
  }

  private void textarea() {
    ctx.append("<textarea class=\"kf-textarea\" rows=\"6\"")
        .attribute("id", inputId(field))
        .attribute("name", field.key());
    aria(true);
    // The parser drops one newline right after the start tag; this one, not the user's.
    ctx.append(">\n").text(ctx.input.first(field.key())).append("</textarea>\n");
  }

  private void select() {
    ctx.append("<select class=\"kf-select\"")
        .attribute("id", inputId(field))
        .attribute("name", field.key());
    aria(true);
    ctx.append(">\n<option value=\"\">")
        .text(ctx.messages.get("ui.selectPlaceholder"))
        .append("</option>\n");
    String selected = ctx.input.first(field.key());
    for (FormOption option : field.options(ctx.dynamicOptions)) {
      ctx.append("<option").attribute("value", option.value());
      if (option.value().equals(selected)) {
        ctx.append(" selected");
      }
      ctx.append(">").text(ctx.texts.optionLabel(field, option)).append("</option>\n");
    }
    ctx.append("</select>\n");
  }

  /** The error above the box, the help text below its label. */
  private void checkbox() {
    error();
    ctx.append("<div class=\"kf-option\">\n<input class=\"kf-checkbox-input\" type=\"checkbox\"")
        .attribute("id", inputId(field))
        .attribute("name", field.key())
        .attribute("value", "true");
    if (ctx.input.first(field.key()).equals("true")) {
      ctx.append(" checked");
    }
    aria(true);
    ctx.append(">\n<label class=\"kf-option-label\"").attribute("for", inputId(field)).append(">");
    labelText();
    ctx.append("</label>\n");
    description();
    ctx.append("</div>\n");
  }

  /** Radios and checklists: a fieldset described as a whole, one labelled control per option. */
  private void optionGroup() {
    boolean radio = field.type() == FieldType.RADIO;
    ctx.append("<fieldset class=\"kf-fieldset\"").attribute("id", inputId(field));
    if (radio) {
      // On a fieldset, role radiogroup is what allows aria-required and aria-invalid.
      ctx.append(" role=\"radiogroup\"");
      aria(true);
    } else {
      aria(false);
    }
    ctx.append(">\n<legend class=\"kf-legend\">");
    labelText();
    ctx.append("</legend>\n");
    descriptionAndError();
    List<String> chosen = ctx.input.values(field.key());
    List<FormOption> options = field.options(ctx.dynamicOptions);
    for (int i = 0; i < options.size(); i++) {
      FormOption option = options.get(i);
      ctx.append("<div class=\"kf-option\">\n<input")
          .attribute("class", radio ? "kf-radio-input" : "kf-checkbox-input")
          .attribute("type", radio ? "radio" : "checkbox")
          .attribute("id", optionId(field, i))
          .attribute("name", field.key())
          .attribute("value", option.value());
      if (chosen.contains(option.value())) {
        ctx.append(" checked");
      }
      if (!radio && error != null) {
        ctx.append(" aria-invalid=\"true\"");
      }
      ctx.append(">\n<label class=\"kf-option-label\"")
          .attribute("for", optionId(field, i))
          .append(">")
          .text(ctx.texts.optionLabel(field, option))
          .append("</label>\n</div>\n");
    }
    ctx.append("</fieldset>\n");
  }

  private void labelText() {
    ctx.text(ctx.texts.label(field));
    if (field.required()) {
      ctx.append(" <span class=\"kf-required\">")
          .text(ctx.messages.get("ui.required"))
          .append("</span>");
    }
  }

  private void descriptionAndError() {
    description();
    error();
  }

  private void description() {
    ctx.texts
        .description(field)
        .ifPresent(
            description ->
                ctx.append("<p class=\"kf-description\"")
                    .attribute("id", descriptionId(field))
                    .append(">")
                    .text(description)
                    .append("</p>\n"));
  }

  private void error() {
    if (error != null) {
      ctx.append("<p class=\"kf-error-message\"")
          .attribute("id", errorId(field))
          .append("><span class=\"kf-visually-hidden\">")
          .text(ctx.messages.get("ui.errorPrefix"))
          .append(" </span>")
          .text(error)
          .append("</p>\n");
    }
  }

  /** aria-describedby always; aria-required and aria-invalid where the element's role allows. */
  private void aria(boolean requiredAndInvalid) {
    List<String> describedBy = new ArrayList<>();
    ctx.texts.description(field).ifPresent(d -> describedBy.add(descriptionId(field)));
    if (error != null) {
      describedBy.add(errorId(field));
    }
    if (!describedBy.isEmpty()) {
      ctx.attribute("aria-describedby", String.join(" ", describedBy));
    }
    if (requiredAndInvalid && field.required()) {
      ctx.append(" aria-required=\"true\"");
    }
    if (requiredAndInvalid && error != null) {
      ctx.append(" aria-invalid=\"true\"");
    }
  }
}
