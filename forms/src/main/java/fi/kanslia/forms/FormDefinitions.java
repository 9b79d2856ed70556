package fi.kanslia.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Loads forms from the classpath: {@code forms/<formId>.form} and its translations {@code
 * forms/i18n/<formId>_<lang>.properties}. Forms are immutable resources, so each is parsed once
 * and cached. Thread-safe; one instance can serve the whole application.
 */
public final class FormDefinitions {

  private static final Pattern FORM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  private final ClassLoader classLoader;
  private final FormParser parser = new FormParser();
  private final Map<String, FormDefinition> cache = new ConcurrentHashMap<>();

  /** Loads with this module's class loader. */
  public FormDefinitions() {
    this(FormDefinitions.class.getClassLoader());
  }

  public FormDefinitions(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  /**
   * The form with this id, such as {@code school-place-application}.
   *
   * @throws FormDefinitionException when the id is malformed, the file is missing, or the form is
   *     invalid or uses an unsupported component type or property; the message says which and where
   */
  public FormDefinition load(String formId) {
    Objects.requireNonNull(formId, "formId");
    if (!FORM_ID.matcher(formId).matches()) {
      throw new FormDefinitionException(
          "Form id '" + formId + "' must be lower-case letters, digits and '-'");
    }
    return cache.computeIfAbsent(formId, this::read);
  }

  private FormDefinition read(String formId) {
    String resource = "forms/" + formId + ".form";
    try (InputStream json = classLoader.getResourceAsStream(resource)) {
      if (json == null) {
        throw new FormDefinitionException("Form '" + formId + "' not found: no " + resource);
      }
      return parser.parse(formId, json, Translations.load(classLoader, formId));
    } catch (IOException e) {
      throw new FormDefinitionException("Cannot read " + resource, e);
    }
  }
}
