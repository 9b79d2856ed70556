package fi.kanslia.cohort.internal;

/** A cohort act refused for a reason the user can fix: the field and the message key. */
class CohortInputException extends RuntimeException {

  private final String field;
  private final String messageKey;

  CohortInputException(String field, String messageKey) {
    super(field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
