package fi.kanslia.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the rendering of one form needs: texts, earlier input, errors per field and the output. */
final class RenderContext {

  static final String ID_PREFIX = "kf-";

  final FormTexts texts;
  final Messages messages;
  final FormInput input;
  final DynamicOptions dynamicOptions;
  final StringBuilder out = new StringBuilder(4096);
  private final Map<String, String> errorsByKey = new LinkedHashMap<>();

  RenderContext(
      FormTexts texts,
      Messages messages,
      FormInput input,
      List<FieldError> errors,
      DynamicOptions dynamicOptions) {
    this.texts = texts;
    this.messages = messages;
    this.input = input;
    this.dynamicOptions = dynamicOptions;
    errors.forEach(error -> errorsByKey.merge(error.fieldKey(), error.message(), (a, b) -> a + " " + b));
  }

  /** All error messages of a field joined, or {@code null} when it has none. */
  String error(FormField field) {
    return errorsByKey.get(field.key());
  }

  static String inputId(FormField field) {
    return ID_PREFIX + field.key();
  }

  static String optionId(FormField field, int index) {
    return ID_PREFIX + field.key() + "-" + index;
  }

  static String descriptionId(FormField field) {
    return ID_PREFIX + field.key() + "-description";
  }

  static String errorId(FormField field) {
    return ID_PREFIX + field.key() + "-error";
  }

  RenderContext append(String html) {
    out.append(html);
    return this;
  }

  RenderContext text(String text) {
    out.append(Html.escape(text));
    return this;
  }

  RenderContext attribute(String name, String value) {
    out.append(Html.attribute(name, value));
    return this;
  }
}
