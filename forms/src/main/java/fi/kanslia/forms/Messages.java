package fi.kanslia.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * This module's own texts (validation reasons, required marker, error summary) in one language,
 * from {@code fi/kanslia/forms/messages_<lang>.properties}. Read explicitly rather than through
 * {@link java.util.ResourceBundle}, whose fallback to the JVM's default locale would mix languages.
 */
final class Messages {

  static final String RESOURCE_PREFIX = "fi/kanslia/forms/messages_";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  private static final Map<Language, Messages> ALL = loadAll();

  private final Language language;
  private final Map<String, String> texts;

  private Messages(Language language, Map<String, String> texts) {
    this.language = language;
    this.texts = texts;
  }

  static Messages of(Language language) {
    return ALL.get(language);
  }

  /**
   * The text for {@code key}; {@code {0}}, {@code {1}} are replaced by the arguments in order.
   *
   * @throws IllegalStateException when the key is missing (the completeness test prevents that)
   */
  String get(String key, String... arguments) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException("No " + language.code() + " message for '" + key + "'");
    }
    // One pass, so an argument that itself contains "{1}" is never substituted again.
    return PLACEHOLDER
        .matcher(text)
        .replaceAll(
            match -> {
              int index = Integer.parseInt(match.group(1));
              String argument = index < arguments.length ? arguments[index] : match.group();
              return Matcher.quoteReplacement(argument);
            });
  }

  private static Map<Language, Messages> loadAll() {
    Map<Language, Messages> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String resource = RESOURCE_PREFIX + language.code() + ".properties";
      try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("Missing " + resource);
        }
        all.put(language, new Messages(language, Translations.read(in)));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
    return all;
  }
}
