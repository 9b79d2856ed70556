package fi.kanslia.forms;

/** Camunda's predefined text formats ({@code validate.validationType}). */
public enum ValidationType {
  /** No predefined format; a {@code pattern} may still apply ("custom" in the Modeler). */
  NONE,
  /** An e-mail address: something@domain.tld, at most 254 characters. */
  EMAIL,
  /**
   * A telephone number as people write it in Finland: digits with optional spaces, hyphens and
   * parentheses, optionally starting with + or 00; 6 to 15 digits, such as {@code 040 123 4567} or
   * {@code +358 40 123 4567}. Camunda's own browser check demands an international prefix; the
   * server accepts national numbers too, because guardians type them.
   */
  PHONE
}
