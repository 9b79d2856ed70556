package fi.kanslia.forms;

import java.util.Optional;

/**
 * The visible texts of one form in one language. Finnish comes from the form JSON; Swedish and
 * English from the form's translation files, falling back to the Finnish text when a key is
 * missing (the translation completeness test keeps that from reaching production).
 *
 * <p>Keys: {@code <fieldKey>.label}, {@code <fieldKey>.description}, {@code
 * <fieldKey>.option.<value>}, {@code text.<componentId>}, {@code group.<componentId>}, and the
 * optional {@code <fieldKey>.error.<rule>} (in every language, Finnish included).
 */
public final class FormTexts {

  private final Translations translations;
  private final Language language;

  FormTexts(Translations translations, Language language) {
    this.translations = translations;
    this.language = language;
  }

  public String label(FormField field) {
    return translated(field.key() + ".label").orElse(field.label());
  }

  public Optional<String> description(FormField field) {
    if (field.description() == null) {
      return Optional.empty();
    }
    return Optional.of(translated(field.key() + ".description").orElse(field.description()));
  }

  /** A static option's label; dynamic options are shown as the application supplied them. */
  public String optionLabel(FormField field, FormOption option) {
    if (field.valuesKey() != null) {
      return option.label();
    }
    return translated(field.key() + ".option." + option.value()).orElse(option.label());
  }

  public String text(FormText text) {
    return translated("text." + text.id()).orElse(text.text());
  }

  public Optional<String> groupLabel(FormGroup group) {
    if (group.label() == null) {
      return Optional.empty();
    }
    return Optional.of(translated("group." + group.id()).orElse(group.label()));
  }

  /** A field's own message for a broken rule, such as {@code childId.error.required}. */
  Optional<String> errorMessage(FormField field, String rule) {
    return translations.get(language, field.key() + ".error." + rule);
  }

  Language language() {
    return language;
  }

  private Optional<String> translated(String key) {
    return language == Language.FI ? Optional.empty() : translations.get(language, key);
  }
}
