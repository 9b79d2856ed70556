package fi.kanslia.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** Reads a field's {@code validate} object and the type-specific rules into a {@link FieldValidation}. */
final class ValidationParser {

  FieldValidation parse(JsonComponent field, FieldType type) {
    Integer decimalDigits = type == FieldType.NUMBER ? field.optionalCount("decimalDigits") : null;
    boolean disallowPassedDates = type == FieldType.DATE && field.bool("disallowPassedDates");
    JsonNode node = field.node().get("validate");
    if (node == null || node.isNull()) {
      return new FieldValidation(
          false, null, null, null, null, null, ValidationType.NONE, decimalDigits,
          disallowPassedDates);
    }
    JsonComponent validate = new JsonComponent(node, field.where() + ", validate");
    validate.allowOnly(allowedRules(type), "a " + type.camundaType());

    Integer minLength = validate.optionalCount("minLength");
    Integer maxLength = validate.optionalCount("maxLength");
    if (minLength != null && maxLength != null && minLength > maxLength) {
      throw validate.fail("'minLength' is greater than 'maxLength'");
    }
    BigDecimal min = validate.optionalNumber("min");
    BigDecimal max = validate.optionalNumber("max");
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw validate.fail("'min' is greater than 'max'");
    }
    String pattern = validate.optionalString("pattern");
    if (pattern != null) {
      FormParser.compilePattern(validate, pattern);
    }
    return new FieldValidation(
        validate.bool("required"),
        minLength,
        maxLength,
        pattern,
        min,
        max,
        validationType(validate),
        decimalDigits,
        disallowPassedDates);
  }

  private static Set<String> allowedRules(FieldType type) {
    Set<String> allowed = new HashSet<>(Set.of("required"));
    if (type.isText()) {
      allowed.addAll(Set.of("minLength", "maxLength", "pattern"));
    }
    if (type == FieldType.TEXTFIELD) {
      allowed.add("validationType");
    }
    if (type == FieldType.NUMBER) {
      allowed.addAll(Set.of("min", "max"));
    }
    return allowed;
  }

  private static ValidationType validationType(JsonComponent validate) {
    String value = validate.optionalString("validationType");
    if (value == null || value.equals("custom")) {
      return ValidationType.NONE;
    }
    return switch (value) {
      case "email" -> ValidationType.EMAIL;
      case "phone" -> ValidationType.PHONE;
      default -> throw validate.fail("validationType '" + value + "' is not supported");
    };
  }
}
