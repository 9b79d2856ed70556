package fi.kanslia.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Set;

/** One JSON object of a form, read with error messages that say where in the form it is. */
final class JsonComponent {

  private final JsonNode node;
  private final String where;

  JsonComponent(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      throw new FormDefinitionException(where + ": expected a JSON object");
    }
    this.node = node;
    this.where = where;
  }

  JsonNode node() {
    return node;
  }

  String where() {
    return where;
  }

  FormDefinitionException fail(String problem) {
    return new FormDefinitionException(where + ": " + problem);
  }

  /** Fails on the first property outside {@code allowed}, so nothing is silently ignored. */
  void allowOnly(Set<String> allowed, String what) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw fail("property '" + name + "' is not supported for " + what);
      }
    }
  }

  boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  String requiredString(String name) {
    String value = optionalString(name);
    if (value == null || value.isBlank()) {
      throw fail("'" + name + "' is required");
    }
    return value;
  }

  /** A string, or {@code null} when absent or empty. */
  String optionalString(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw fail("'" + name + "' must be a string");
    }
    return value.asText().isEmpty() ? null : value.asText();
  }

  /** A text shown to users: FEEL expressions ({@code =...}) and templates are not evaluated here. */
  String optionalDisplayText(String name) {
    String value = optionalString(name);
    if (value != null && (value.startsWith("=") || value.contains("{{"))) {
      throw fail("'" + name + "' uses an expression or template, which is not supported");
    }
    return value;
  }

  boolean bool(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw fail("'" + name + "' must be true or false");
    }
    return value.booleanValue();
  }

  /** A non-negative whole number, written as a number or a string of digits; {@code null} if absent. */
  Integer optionalCount(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      return null;
    }
    if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= 0) {
      return value.intValue();
    }
    if (value.isTextual() && value.asText().matches("\\d{1,9}")) {
      return Integer.valueOf(value.asText());
    }
    throw fail("'" + name + "' must be a whole number of at least 0");
  }

  /** A number, written as a number or a numeric string; {@code null} if absent. */
  BigDecimal optionalNumber(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isEmpty())) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual() && value.asText().matches("-?\\d{1,30}(\\.\\d{1,30})?")) {
      return new BigDecimal(value.asText());
    }
    throw fail("'" + name + "' must be a number");
  }

  /** Accepts a property only when it has no effect (false, empty or null). */
  void requireNoEffect(String name) {
    JsonNode value = node.get(name);
    boolean noEffect =
        value == null
            || value.isNull()
            || (value.isBoolean() && !value.booleanValue())
            || (value.isTextual() && value.asText().isEmpty());
    if (!noEffect) {
      throw fail("'" + name + "' is not supported (only false or empty)");
    }
  }
}
