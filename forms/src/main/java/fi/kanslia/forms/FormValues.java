package fi.kanslia.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The typed values of a valid submission. Each getter accepts only keys of fields of the matching
 * type, so a typo or a changed form fails loudly instead of reading nothing:
 *
 * <ul>
 *   <li>{@link #text}: textfield, textarea, select, radio (trimmed; empty means not given)
 *   <li>{@link #date}: datetime (date)
 *   <li>{@link #number}: number, as an exact {@link BigDecimal}
 *   <li>{@link #checked}: checkbox
 *   <li>{@link #list}: checklist
 * </ul>
 */
public final class FormValues {

  private final FormDefinition form;
  private final FormInput input;
  private final Map<String, String> texts;
  private final Map<String, LocalDate> dates;
  private final Map<String, BigDecimal> numbers;
  private final Set<String> checked;
  private final Map<String, List<String>> lists;

  private FormValues(Builder builder) {
    this.form = builder.form;
    this.input = builder.input;
    this.texts = Map.copyOf(builder.texts);
    this.dates = Map.copyOf(builder.dates);
    this.numbers = Map.copyOf(builder.numbers);
    this.checked = Set.copyOf(builder.checked);
    this.lists = Map.copyOf(builder.lists);
  }

  public Optional<String> text(String key) {
    expect(key, FieldType.TEXTFIELD, FieldType.TEXTAREA, FieldType.SELECT, FieldType.RADIO);
    return Optional.ofNullable(texts.get(key));
  }

  public Optional<LocalDate> date(String key) {
    expect(key, FieldType.DATE);
    return Optional.ofNullable(dates.get(key));
  }

  public Optional<BigDecimal> number(String key) {
    expect(key, FieldType.NUMBER);
    return Optional.ofNullable(numbers.get(key));
  }

  public boolean checked(String key) {
    expect(key, FieldType.CHECKBOX);
    return checked.contains(key);
  }

  public List<String> list(String key) {
    expect(key, FieldType.CHECKLIST);
    return lists.getOrDefault(key, List.of());
  }

  /** The raw input these values were read from, to show the form again for editing. */
  public FormInput input() {
    return input;
  }

  private void expect(String key, FieldType... types) {
    FieldType actual =
        form.field(key)
            .map(FormField::type)
            .orElseThrow(
                () -> new IllegalArgumentException(
                    "Form '" + form.id() + "' has no field '" + key + "'"));
    if (!List.of(types).contains(actual)) {
      throw new IllegalArgumentException(
          "Field '" + key + "' is a " + actual.camundaType() + ", not readable as " + List.of(types));
    }
  }

  static Builder builder(FormDefinition form, FormInput input) {
    return new Builder(form, input);
  }

  /** Collects values while a submission is validated. */
  static final class Builder {

    private final FormDefinition form;
    private final FormInput input;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private final Map<String, BigDecimal> numbers = new HashMap<>();
    private final Set<String> checked = new HashSet<>();
    private final Map<String, List<String>> lists = new HashMap<>();

    private Builder(FormDefinition form, FormInput input) {
      this.form = form;
      this.input = input;
    }

    void text(String key, String value) {
      texts.put(key, value);
    }

    void date(String key, LocalDate value) {
      dates.put(key, value);
    }

    void number(String key, BigDecimal value) {
      numbers.put(key, value);
    }

    void checked(String key) {
      checked.add(key);
    }

    void list(String key, List<String> values) {
      lists.put(key, List.copyOf(values));
    }

    FormValues build() {
      return new FormValues(this);
    }
  }
}
