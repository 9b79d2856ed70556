package fi.kanslia.forms;

/** A form could not be loaded: missing, malformed, or using something this module does not support. */
public class FormDefinitionException extends RuntimeException {

  public FormDefinitionException(String message) {
    super(message);
  }

  public FormDefinitionException(String message, Throwable cause) {
    super(message, cause);
  }
}
