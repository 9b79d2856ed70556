package fi.kanslia.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the user typed, as submitted and limited to the form's field keys: used to fill the form
 * again after a failed submission. Unknown parameters (including {@code _csrf}) are dropped.
 */
public final class FormInput {

  private static final FormInput EMPTY = new FormInput(Map.of());

  private final Map<String, List<String>> valuesByKey;

  private FormInput(Map<String, List<String>> valuesByKey) {
    this.valuesByKey = valuesByKey;
  }

  /** No input: the form as first shown. */
  public static FormInput empty() {
    return EMPTY;
  }

  /**
   * The submitted parameters that belong to the form's fields; {@code null} values become empty
   * strings.
   */
  public static FormInput of(FormDefinition form, Map<String, List<String>> parameters) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(parameters, "parameters");
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (FormField field : form.fields()) {
      List<String> values = parameters.get(field.key());
      if (values != null && !values.isEmpty()) {
        List<String> copy = new ArrayList<>(values.size());
        values.forEach(value -> copy.add(value == null ? "" : value));
        kept.put(field.key(), List.copyOf(copy));
      }
    }
    return new FormInput(Map.copyOf(kept));
  }

  /** Every value submitted for the key, in order; empty when none. */
  public List<String> values(String key) {
    return valuesByKey.getOrDefault(key, List.of());
  }

  /** The first value submitted for the key, or the empty string. */
  public String first(String key) {
    List<String> values = values(key);
    return values.isEmpty() ? "" : values.getFirst();
  }
}
