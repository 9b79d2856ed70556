package fi.kanslia.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A parsed Camunda form with its translations. Immutable; load it with {@link FormDefinitions}. */
public final class FormDefinition {

  private final String id;
  private final int schemaVersion;
  private final List<FormComponent> components;
  private final Map<String, FormField> fieldsByKey;
  private final Translations translations;

  FormDefinition(
      String id, int schemaVersion, List<FormComponent> components, Translations translations) {
    this.id = id;
    this.schemaVersion = schemaVersion;
    this.components = List.copyOf(components);
    this.translations = translations;
    Map<String, FormField> fields = new LinkedHashMap<>();
    collectFields(this.components, fields);
    this.fieldsByKey = fields;
  }

  /** The form's id, which is also its file name without {@code .form}. */
  public String id() {
    return id;
  }

  public int schemaVersion() {
    return schemaVersion;
  }

  /** The top-level components in form order. */
  public List<FormComponent> components() {
    return components;
  }

  /** Every input field, groups flattened, in form order. */
  public List<FormField> fields() {
    return List.copyOf(fieldsByKey.values());
  }

  public Optional<FormField> field(String key) {
    return Optional.ofNullable(fieldsByKey.get(key));
  }

  /** The form's texts in the locale's language (Finnish for unsupported languages). */
  public FormTexts texts(Locale locale) {
    return new FormTexts(translations, Language.of(locale));
  }

  private static void collectFields(List<FormComponent> components, Map<String, FormField> into) {
    for (FormComponent component : components) {
      switch (component) {
        case FormField field -> into.put(field.key(), field);
        case FormGroup group -> collectFields(group.components(), into);
        case FormText text -> {
          // no value
        }
      }
    }
  }

  static List<FormComponent> flatten(List<FormComponent> components) {
    List<FormComponent> all = new ArrayList<>();
    for (FormComponent component : components) {
      all.add(component);
      if (component instanceof FormGroup group) {
        all.addAll(flatten(group.components()));
      }
    }
    return all;
  }
}
