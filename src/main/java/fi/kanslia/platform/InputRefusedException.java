package fi.kanslia.platform;

/**
 * An act refused because of input the user can fix: which field, and the message key of the
 * reason, which the page shows in the user's language next to an error summary.
 */
public class InputRefusedException extends RuntimeException {

  private final String field;
  private final String messageKey;

  public InputRefusedException(String field, String messageKey) {
    super(field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  /** The form field (its element id) the reason is about. */
  public String field() {
    return field;
  }

  /** The key of the reason in the message bundles. */
  public String messageKey() {
    return messageKey;
  }
}
