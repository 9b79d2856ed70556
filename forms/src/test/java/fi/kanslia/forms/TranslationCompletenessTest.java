package fi.kanslia.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails when a text is missing, blank or left over in one language: every form in this module's
 * folder against its translation files, and this module's own messages against each other.
 */
class TranslationCompletenessTest {

  /** Surefire runs in the module folder, where the forms and i18n/ live. */
  private static final Path MODULE = Path.of("");

  @Test
  void everyFormIsFullyTranslatedIntoSwedishAndEnglish() throws IOException {
    List<String> formIds = formIds();
    assertThat(formIds).contains("school-place-application");

    for (String formId : formIds) {
      FormDefinition form = new FormDefinitions().load(formId);
      Set<String> expected = textKeys(form);
      for (Language language : List.of(Language.SV, Language.EN)) {
        Map<String, String> texts = read(formId, language);
        Set<String> textKeys = withoutErrorKeys(texts.keySet());
        assertThat(difference(expected, textKeys))
            .as("keys missing from %s", file(formId, language))
            .isEmpty();
        assertThat(difference(textKeys, expected))
            .as("keys in %s that the form does not have", file(formId, language))
            .isEmpty();
        assertNoBlankValues(texts, file(formId, language));
      }
    }
  }

  @Test
  void fieldErrorMessagesExistInEveryLanguageOrInNone() throws IOException {
    Set<String> rules = ruleNames();
    for (String formId : formIds()) {
      FormDefinition form = new FormDefinitions().load(formId);
      Set<String> finnish = errorKeys(read(formId, Language.FI).keySet());
      assertThat(read(formId, Language.FI).keySet())
          .as("%s may hold only error messages: Finnish texts live in the form", file(formId,
              Language.FI))
          .containsExactlyInAnyOrderElementsOf(finnish);
      for (Language language : Language.values()) {
        Set<String> keys = errorKeys(read(formId, language).keySet());
        assertThat(keys).as("error messages in %s", file(formId, language))
            .containsExactlyInAnyOrderElementsOf(finnish);
        for (String key : keys) {
          String[] parts = key.split("\\.error\\.", 2);
          assertThat(form.field(parts[0])).as("field of %s", key).isPresent();
          assertThat(rules).as("rule of %s", key).contains(parts[1]);
        }
      }
    }
  }

  @Test
  void theModuleMessagesHaveTheSameKeysInEveryLanguage() throws IOException {
    Map<String, String> finnish = messages(Language.FI);
    assertThat(finnish).containsKeys("error.required", "ui.required", "ui.errorSummary");

    for (Language language : Language.values()) {
      Map<String, String> texts = messages(language);
      assertThat(texts.keySet())
          .as("keys of messages_%s.properties", language.code())
          .containsExactlyInAnyOrderElementsOf(finnish.keySet());
      assertNoBlankValues(texts, "messages_" + language.code() + ".properties");
    }
  }

  /** The texts a form shows, by the key each has in a translation file. */
  private static Set<String> textKeys(FormDefinition form) {
    Set<String> keys = new TreeSet<>();
    for (FormComponent component : FormDefinition.flatten(form.components())) {
      switch (component) {
        case FormText text -> keys.add("text." + text.id());
        case FormGroup group -> {
          if (group.label() != null) {
            keys.add("group." + group.id());
          }
        }
        case FormField field -> {
          keys.add(field.key() + ".label");
          if (field.description() != null) {
            keys.add(field.key() + ".description");
          }
          field.options().forEach(option -> keys.add(field.key() + ".option." + option.value()));
        }
      }
    }
    return keys;
  }

  private static Set<String> ruleNames() throws IOException {
    Set<String> rules = new HashSet<>();
    for (String key : messages(Language.FI).keySet()) {
      if (key.startsWith("error.")) {
        rules.add(key.substring("error.".length()).replaceFirst("\\..*", ""));
      }
    }
    return rules;
  }

  private static List<String> formIds() throws IOException {
    try (Stream<Path> files = Files.list(MODULE.toAbsolutePath())) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".form"))
          .map(name -> name.substring(0, name.length() - ".form".length()))
          .sorted()
          .toList();
    }
  }

  private static Path file(String formId, Language language) {
    return MODULE.resolve("i18n").resolve(formId + "_" + language.code() + ".properties");
  }

  private static Map<String, String> read(String formId, Language language) throws IOException {
    Path file = file(formId, language);
    if (language == Language.FI && !Files.exists(file)) {
      return Map.of();
    }
    assertThat(file).as("translation file").exists();
    try (InputStream in = Files.newInputStream(file)) {
      return Translations.read(in);
    }
  }

  private static Map<String, String> messages(Language language) throws IOException {
    String resource = Messages.RESOURCE_PREFIX + language.code() + ".properties";
    try (InputStream in = TranslationCompletenessTest.class.getClassLoader()
        .getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return Translations.read(in);
    }
  }

  private static Set<String> errorKeys(Set<String> keys) {
    Set<String> errors = new TreeSet<>(keys);
    errors.removeIf(key -> !key.contains(".error."));
    return errors;
  }

  private static Set<String> withoutErrorKeys(Set<String> keys) {
    Set<String> texts = new TreeSet<>(keys);
    texts.removeIf(key -> key.contains(".error."));
    return texts;
  }

  private static Set<String> difference(Set<String> from, Set<String> remove) {
    Set<String> rest = new TreeSet<>(from);
    rest.removeAll(remove);
    return rest;
  }

  private static void assertNoBlankValues(Map<String, String> texts, Object where) {
    texts.forEach((key, value) -> assertThat(value).as("%s in %s", key, where).isNotBlank());
  }
}
