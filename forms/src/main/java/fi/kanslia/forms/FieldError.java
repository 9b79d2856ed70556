package fi.kanslia.forms;

import java.util.Objects;

/**
 * A problem with one field, with a message in the user's language that names the field and the
 * reason, such as "Puhelinnumero: Pakollinen tieto puuttuu." The application may add its own
 * (say, for a business rule); a key that is not a field of the form is shown in the error summary
 * without a link.
 */
public record FieldError(String fieldKey, String message) {

  public FieldError {
    Objects.requireNonNull(fieldKey, "fieldKey");
    Objects.requireNonNull(message, "message");
  }
}
