package fi.kanslia.decision;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A decision type's texts in Finnish and Swedish, from a properties bundle such as
 * {@code i18n/support-decision_fi.properties}: the template's phrases, and the reusable reasoning
 * snippets under keys starting with {@code snippet.}, offered in key order.
 */
public final class DecisionTexts {

  private final String bundle;
  private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

  public DecisionTexts(String bundle) {
    this.bundle = bundle;
    source.setBasename(bundle);
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
  }

  /** The phrase with its placeholders {0}, {1} … filled. */
  public String text(String key, Locale locale, Object... args) {
    return source.getMessage(key, args, locale);
  }

  /** The reasoning snippets in the language, in key order. */
  public List<String> snippets(String language) {
    ResourceBundle texts = ResourceBundle.getBundle(bundle, Locale.of(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return texts.keySet().stream().filter(key -> key.startsWith("snippet.")).sorted()
        .map(texts::getString).toList();
  }
}
