package fi.kanslia.forms;

import java.util.List;
import java.util.Objects;

/**
 * An input field: the value submitted under {@link #key()} is validated against {@link
 * #validation()}.
 *
 * @param label the Finnish label from the JSON ({@code dateLabel} for dates); other languages use
 *     {@code <key>.label}
 * @param description the Finnish help text, or {@code null}; other languages use {@code
 *     <key>.description}
 * @param options the static options of a select, radio group or checklist, empty otherwise
 * @param valuesKey the name of the dynamic options the application supplies ({@link
 *     DynamicOptions}), or {@code null} when the options are static
 */
public record FormField(
    String id,
    String key,
    FieldType type,
    String label,
    String description,
    FieldValidation validation,
    List<FormOption> options,
    String valuesKey)
    implements FormComponent {

  public FormField {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(validation, "validation");
    options = List.copyOf(options);
  }

  public boolean required() {
    return validation.required();
  }

  /** The options a value must be among: the static ones, or those supplied for the values key. */
  public List<FormOption> options(DynamicOptions dynamicOptions) {
    return valuesKey == null ? options : dynamicOptions.options(valuesKey);
  }
}
