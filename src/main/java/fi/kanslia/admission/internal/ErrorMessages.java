package fi.kanslia.admission.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The problems of a refused act in the user's language, each linked to its field. */
@Component
class ErrorMessages {

  private final MessageSource messages;

  ErrorMessages(MessageSource messages) {
    this.messages = messages;
  }

  record Shown(String field, String text) {}

  List<Shown> show(AdmissionInputException e, Locale locale) {
    return e.errors().stream().map(error -> new Shown(error.field(),
        messages.getMessage(error.messageKey(), error.args(), locale))).toList();
  }
}
