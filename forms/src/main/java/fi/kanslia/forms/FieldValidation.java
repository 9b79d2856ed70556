package fi.kanslia.forms;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rules of one field, from the component's {@code validate} object and from the type-specific
 * properties {@code decimalDigits} (number) and {@code disallowPassedDates} (date). Absent limits
 * are {@code null}.
 *
 * @param pattern a Java regular expression; as in Camunda's viewer it must be found somewhere in the
 *     value, so anchor it with {@code ^...$} to match the whole value
 */
public record FieldValidation(
    boolean required,
    Integer minLength,
    Integer maxLength,
    String pattern,
    BigDecimal min,
    BigDecimal max,
    ValidationType validationType,
    Integer decimalDigits,
    boolean disallowPassedDates) {

  public FieldValidation {
    Objects.requireNonNull(validationType, "validationType");
  }
}
