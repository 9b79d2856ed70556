package fi.kanslia.admission.internal;

import java.util.List;

/**
 * An admission act refused for reasons the user can fix: each names the field and the message
 * key (with its arguments) in the user's language. Nothing is stored when it is thrown.
 */
class AdmissionInputException extends RuntimeException {

  private final List<FieldError> errors;

  AdmissionInputException(List<FieldError> errors) {
    super(errors.toString());
    this.errors = List.copyOf(errors);
  }

  AdmissionInputException(String field, String messageKey, Object... args) {
    this(List.of(new FieldError(field, messageKey, args)));
  }

  List<FieldError> errors() {
    return errors;
  }

  /** One problem: the field (for the link to it) and the message key with its arguments. */
  record FieldError(String field, String messageKey, Object... args) {

    @Override
    public String toString() {
      return field + ": " + messageKey;
    }
  }
}
