package fi.kanslia.forms;

/**
 * A broken rule of one field: {@code rule} names the message ({@code error.<rule>}, or the field's
 * own {@code <key>.error.<rule>}); {@code argument} is the limit it mentions, or empty.
 */
record Violation(String rule, String argument) {

  static final String REQUIRED = "required";

  static Violation of(String rule) {
    return new Violation(rule, "");
  }

  static Violation of(String rule, Object argument) {
    return new Violation(rule, String.valueOf(argument));
  }
}
