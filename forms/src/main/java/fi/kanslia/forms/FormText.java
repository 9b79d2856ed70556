package fi.kanslia.forms;

import java.util.Objects;

/**
 * A guidance text (Camunda type {@code text}). Its Finnish text comes from the JSON; other languages
 * use the translation key {@code text.<id>}. The text is shown as plain paragraphs: Markdown is not
 * interpreted.
 */
public record FormText(String id, String text) implements FormComponent {

  public FormText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
