package fi.kanslia.forms;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Camunda Forms JSON into a {@link FormDefinition}. Strict by design: an unknown component
 * type or a property that would change behaviour (conditions, expressions, read-only fields) fails
 * the load, because silently ignoring it would validate the form differently from the Modeler.
 */
final class FormParser {

  static final int MIN_SCHEMA_VERSION = 16;
  static final int MAX_SCHEMA_VERSION = 20;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** Field keys are plain names: no nested paths, and never the {@code _csrf} the app passes on. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private static final Pattern COMPONENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** Layout and look-only properties the Modeler writes; they do not change what is submitted. */
  private static final Set<String> PRESENTATION = Set.of("id", "type", "layout");

  /** Properties accepted only as false or empty, as the Modeler leaves them after toggling. */
  private static final Set<String> NO_EFFECT = Set.of("disabled", "readonly", "defaultValue");

  private final ValidationParser validationParser = new ValidationParser();

  FormDefinition parse(String formId, InputStream json, Translations translations) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new FormDefinitionException("Form '" + formId + "' is not valid JSON", e);
    } catch (IOException e) {
      throw new FormDefinitionException("Cannot read form '" + formId + "'", e);
    }
    JsonComponent form = new JsonComponent(root, "Form '" + formId + "'");
    if (!"default".equals(form.optionalString("type"))) {
      throw form.fail("'type' must be \"default\"");
    }
    if (!formId.equals(form.optionalString("id"))) {
      throw form.fail("'id' must equal the file name, \"" + formId + "\"");
    }
    JsonNode version = root.get("schemaVersion");
    if (version == null
        || !version.isInt()
        || version.intValue() < MIN_SCHEMA_VERSION
        || version.intValue() > MAX_SCHEMA_VERSION) {
      throw form.fail(
          "'schemaVersion' must be a number from "
              + MIN_SCHEMA_VERSION
              + " to "
              + MAX_SCHEMA_VERSION);
    }
    List<FormComponent> components = components(form, "components");
    checkUnique(form, components);
    return new FormDefinition(formId, version.intValue(), components, translations);
  }

  private List<FormComponent> components(JsonComponent parent, String property) {
    JsonNode array = parent.node().get(property);
    if (array == null || !array.isArray()) {
      throw parent.fail("'" + property + "' must be a list of components");
    }
    List<FormComponent> components = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      components.add(component(array.get(i), parent.where() + ", component " + (i + 1)));
    }
    return components;
  }

  private FormComponent component(JsonNode node, String position) {
    JsonComponent json = new JsonComponent(node, position);
    String type = json.requiredString("type");
    String id = json.requiredString("id");
    if (!COMPONENT_ID.matcher(id).matches()) {
      throw json.fail("id '" + id + "' may contain only letters, digits, '_' and '-'");
    }
    JsonComponent component = new JsonComponent(node, position + " ('" + id + "')");
    return switch (type) {
      case "text" -> text(component, id);
      case "group" -> group(component, id);
      default ->
          FieldType.fromCamundaType(type)
              .map(fieldType -> (FormComponent) field(component, id, fieldType))
              .orElseThrow(() -> component.fail(unsupportedType(type)));
    };
  }

  private static String unsupportedType(String type) {
    String supported =
        Stream.concat(
                Stream.of("text", "group"),
                Arrays.stream(FieldType.values()).map(FieldType::camundaType))
            .collect(Collectors.joining(", "));
    return "type '" + type + "' is not supported (supported: " + supported + ")";
  }

  private FormText text(JsonComponent json, String id) {
    json.allowOnly(presentationAnd("text"), "a text");
    String text = json.optionalDisplayText("text");
    if (text == null || text.isBlank()) {
      throw json.fail("'text' is required");
    }
    return new FormText(id, text);
  }

  private FormGroup group(JsonComponent json, String id) {
    json.allowOnly(
        presentationAnd("label", "components", "showOutline", "path", "verticalAlignment"),
        "a group");
    if (json.optionalString("path") != null) {
      throw json.fail("groups with a 'path' (nested data) are not supported");
    }
    return new FormGroup(id, json.optionalDisplayText("label"), components(json, "components"));
  }

  private FormField field(JsonComponent json, String id, FieldType type) {
    Set<String> allowed = new HashSet<>(presentationAnd("key", "description", "validate"));
    allowed.addAll(NO_EFFECT);
    allowed.addAll(typeSpecificProperties(type));
    json.allowOnly(allowed, "a " + type.camundaType());
    NO_EFFECT.forEach(json::requireNoEffect);

    String key = json.requiredString("key");
    if (!KEY.matcher(key).matches()) {
      throw json.fail(
          "key '" + key + "' must start with a letter and contain only letters, digits and '_'");
    }
    String label = json.optionalDisplayText(type == FieldType.DATE ? "dateLabel" : "label");
    if (label == null || label.isBlank()) {
      throw json.fail("a field needs a label, for accessibility");
    }
    if (type == FieldType.DATE && !"date".equals(json.optionalString("subtype"))) {
      throw json.fail("only the 'date' subtype of datetime is supported");
    }
    String valuesKey = type.hasOptions() ? json.optionalString("valuesKey") : null;
    List<FormOption> options = type.hasOptions() ? staticOptions(json) : List.of();
    if (type.hasOptions() && (valuesKey == null) == options.isEmpty()) {
      throw json.fail("give either static 'values' or a 'valuesKey', not both or neither");
    }
    return new FormField(
        id,
        key,
        type,
        label,
        json.optionalDisplayText("description"),
        validationParser.parse(json, type),
        options,
        valuesKey);
  }

  private static Set<String> typeSpecificProperties(FieldType type) {
    return switch (type) {
      case SELECT -> Set.of("label", "values", "valuesKey", "searchable");
      case RADIO, CHECKLIST -> Set.of("label", "values", "valuesKey");
      case NUMBER -> Set.of("label", "decimalDigits");
      case DATE -> Set.of("dateLabel", "subtype", "disallowPassedDates");
      case TEXTFIELD, TEXTAREA, CHECKBOX -> Set.of("label");
    };
  }

  private static List<FormOption> staticOptions(JsonComponent json) {
    JsonNode values = json.node().get("values");
    if (values == null || values.isNull()) {
      return List.of();
    }
    if (!values.isArray()) {
      throw json.fail("'values' must be a list of {label, value}");
    }
    List<FormOption> options = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode node : values) {
      JsonComponent option = new JsonComponent(node, json.where() + ", option");
      option.allowOnly(Set.of("label", "value"), "an option");
      String value = option.requiredString("value");
      String label = option.optionalDisplayText("label");
      if (label == null || !seen.add(value)) {
        throw option.fail("each option needs a label and a value not used before ('" + value + "')");
      }
      options.add(new FormOption(value, label));
    }
    return options;
  }

  private static void checkUnique(JsonComponent form, List<FormComponent> components) {
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (FormComponent component : FormDefinition.flatten(components)) {
      if (!ids.add(component.id())) {
        throw form.fail("component id '" + component.id() + "' is used twice");
      }
      if (component instanceof FormField field && !keys.add(field.key())) {
        throw form.fail("field key '" + field.key() + "' is used twice");
      }
    }
  }

  private static Set<String> presentationAnd(String... more) {
    Set<String> allowed = new HashSet<>(PRESENTATION);
    allowed.addAll(List.of(more));
    return allowed;
  }

  static Pattern compilePattern(JsonComponent json, String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw json.fail("'validate.pattern' is not a valid regular expression: " + e.getDescription());
    }
  }
}
