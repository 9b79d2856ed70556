package fi.kanslia.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The texts of one form in Swedish and English, plus optional per-field error messages in every
 * language, read from {@code forms/i18n/<formId>_<lang>.properties} (UTF-8).
 */
final class Translations {

  static final String DIRECTORY = "forms/i18n/";

  private static final Translations NONE = new Translations(new EnumMap<>(Language.class));

  private final Map<Language, Map<String, String>> textsByLanguage;

  private Translations(Map<Language, Map<String, String>> textsByLanguage) {
    this.textsByLanguage = textsByLanguage;
  }

  static Translations none() {
    return NONE;
  }

  /** Reads every language's file that exists; a missing file means no translations for it. */
  static Translations load(ClassLoader classLoader, String formId) {
    Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String resource = resourceName(formId, language);
      try (InputStream in = classLoader.getResourceAsStream(resource)) {
        if (in != null) {
          texts.put(language, read(in));
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new FormDefinitionException("Cannot read translations " + resource, e);
      }
    }
    return new Translations(texts);
  }

  static String resourceName(String formId, Language language) {
    return DIRECTORY + formId + "_" + language.code() + ".properties";
  }

  /** Reads a properties file as UTF-8 (not the ISO-8859-1 of {@link Properties#load(InputStream)}). */
  static Map<String, String> read(InputStream in) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Map<String, String> texts = new HashMap<>();
    properties.stringPropertyNames().forEach(name -> texts.put(name, properties.getProperty(name)));
    return Map.copyOf(texts);
  }

  Optional<String> get(Language language, String key) {
    return Optional.ofNullable(textsByLanguage.getOrDefault(language, Map.of()).get(key))
        .filter(text -> !text.isBlank());
  }
}
