package fi.kanslia.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The options the application supplies at run time for fields with a {@code valuesKey}, such as
 * the signed-in guardian's own children under {@code children}. The validator accepts only these
 * values, so a guardian cannot submit another family's child: build them per request from data
 * the guardian is allowed to see.
 *
 * <p>The labels are shown as given (HTML-escaped): supply them in the user's language.
 */
public final class DynamicOptions {

  private static final DynamicOptions NONE = new DynamicOptions(Map.of());

  private final Map<String, List<FormOption>> optionsByKey;

  private DynamicOptions(Map<String, List<FormOption>> optionsByKey) {
    this.optionsByKey = optionsByKey;
  }

  /** No dynamic options, for forms that have only static ones. */
  public static DynamicOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The options supplied for {@code valuesKey}.
   *
   * @throws IllegalStateException when the application supplied none for it: that is a wiring
   *     mistake, and an empty list would silently refuse every value
   */
  public List<FormOption> options(String valuesKey) {
    List<FormOption> options = optionsByKey.get(valuesKey);
    if (options == null) {
      throw new IllegalStateException(
          "No dynamic options were supplied for valuesKey '" + valuesKey + "'");
    }
    return options;
  }

  /** Collects options per values key; an empty list is allowed (a guardian with no children). */
  public static final class Builder {

    private final Map<String, List<FormOption>> optionsByKey = new LinkedHashMap<>();

    private Builder() {}

    public Builder put(String valuesKey, List<FormOption> options) {
      Objects.requireNonNull(valuesKey, "valuesKey");
      optionsByKey.put(valuesKey, List.copyOf(options));
      return this;
    }

    public DynamicOptions build() {
      return new DynamicOptions(Map.copyOf(optionsByKey));
    }
  }
}
