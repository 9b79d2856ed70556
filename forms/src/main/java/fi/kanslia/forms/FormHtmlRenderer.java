package fi.kanslia.forms;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a form as an accessible HTML fragment (WCAG 2.1 AA): labelled controls, required fields
 * marked in words and with {@code aria-required}, help texts and errors tied to their fields, and
 * an error summary at the top that links to each failed field.
 *
 * <p>The fragment has no {@code <form>} element: the application supplies it with the CSRF token
 * and the submit button (use {@code novalidate}, so the browser's own bubbles do not pre-empt
 * these messages). Every text and value is HTML-escaped. Element ids start with {@code kf-}, and
 * class names with {@code kf-} for the application's style sheet. Thread-safe.
 */
public final class FormHtmlRenderer {

  /** The id of the error summary, to focus it after a failed submission. */
  public static final String ERROR_SUMMARY_ID = RenderContext.ID_PREFIX + "error-summary";

  /**
   * @param previousInput what the user submitted before, to fill the fields again; {@code null}
   *     for an empty form
   * @param errors the errors to show; {@code null} or empty for none
   * @throws IllegalStateException when the form needs dynamic options the caller did not supply
   */
  public String render(
      FormDefinition form,
      Locale locale,
      FormInput previousInput,
      List<FieldError> errors,
      DynamicOptions dynamicOptions) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(dynamicOptions, "dynamicOptions");
    FormTexts texts = form.texts(locale);
    List<FieldError> shown = errors == null ? List.of() : List.copyOf(errors);
    RenderContext ctx =
        new RenderContext(
            texts,
            Messages.of(texts.language()),
            previousInput == null ? FormInput.empty() : previousInput,
            shown,
            dynamicOptions);
    ctx.append("<div class=\"kf-form\">\n");
    if (!shown.isEmpty()) {
      errorSummary(ctx, form, shown);
    }
    components(ctx, form.components());
    ctx.append("</div>\n");
    return ctx.out.toString();
  }

  private static void errorSummary(RenderContext ctx, FormDefinition form, List<FieldError> errors) {
    String titleId = ERROR_SUMMARY_ID + "-title";
    ctx.append("<div class=\"kf-error-summary\" role=\"alert\" tabindex=\"-1\"")
        .attribute("id", ERROR_SUMMARY_ID)
        .attribute("aria-labelledby", titleId)
        .append(">\n<h2 class=\"kf-error-summary-title\"")
        .attribute("id", titleId)
        .append(">")
        .text(ctx.messages.get("ui.errorSummary"))
        .append("</h2>\n<ul class=\"kf-error-summary-list\">\n");
    for (FieldError error : errors) {
      ctx.append("<li>");
      form.field(error.fieldKey())
          .ifPresentOrElse(
              field ->
                  ctx.append("<a")
                      .attribute("href", "#" + focusTarget(ctx, field))
                      .append(">")
                      .text(error.message())
                      .append("</a>"),
              () -> ctx.text(error.message()));
      ctx.append("</li>\n");
    }
    ctx.append("</ul>\n</div>\n");
  }

  /** A radio group or checklist is reached through its first option, as keyboard users expect. */
  private static String focusTarget(RenderContext ctx, FormField field) {
    boolean optionGroup = field.type() == FieldType.RADIO || field.type() == FieldType.CHECKLIST;
    if (optionGroup && !field.options(ctx.dynamicOptions).isEmpty()) {
      return RenderContext.optionId(field, 0);
    }
    return RenderContext.inputId(field);
  }

  private static void components(RenderContext ctx, List<FormComponent> components) {
    for (FormComponent component : components) {
      switch (component) {
        case FormField field -> new FieldHtml(ctx, field).render();
        case FormText text -> text(ctx, ctx.texts.text(text));
        case FormGroup group -> group(ctx, group);
      }
    }
  }

  private static void group(RenderContext ctx, FormGroup group) {
    var legend = ctx.texts.groupLabel(group);
    if (legend.isEmpty()) {
      ctx.append("<div class=\"kf-group\">\n");
      components(ctx, group.components());
      ctx.append("</div>\n");
      return;
    }
    ctx.append("<fieldset class=\"kf-group\">\n<legend class=\"kf-group-legend\">")
        .text(legend.get())
        .append("</legend>\n");
    components(ctx, group.components());
    ctx.append("</fieldset>\n");
  }

  /** Paragraphs at blank lines, line breaks within them; Markdown is shown as written. */
  private static void text(RenderContext ctx, String text) {
    ctx.append("<div class=\"kf-text\">\n");
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      ctx.append("<p>");
      String[] lines = paragraph.strip().split("\\R");
      for (int i = 0; i < lines.length; i++) {
        ctx.append(i == 0 ? "" : "<br>\n").text(lines[i].strip());
      }
      ctx.append("</p>\n");
    }
    ctx.append("</div>\n");
  }
}
