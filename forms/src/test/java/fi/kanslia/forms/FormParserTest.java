package fi.kanslia.forms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Forms that must not load, each with a message that says what and where. */
class FormParserTest {

  @Test
  void anUnsupportedComponentTypeIsRefusedByName() {
    assertThatThrownBy(
            () ->
                TestForms.formWith(
                    """
                    {"type": "filepicker", "id": "Field_file", "key": "attachment", "label": "Liite"}
                    """))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("Form 'test-form', component 1 ('Field_file')")
        .hasMessageContaining("type 'filepicker' is not supported")
        .hasMessageContaining("supported: text, group, textfield");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          conditional hiding | "key": "t", "label": "T", "conditional": {"hide": "=x"} | property 'conditional' is not supported
          read-only field    | "key": "t", "label": "T", "readonly": true             | 'readonly' is not supported
          default value      | "key": "t", "label": "T", "defaultValue": "x"          | 'defaultValue' is not supported
          FEEL label         | "key": "t", "label": "=name"                           | uses an expression
          unknown rule       | "key": "t", "label": "T", "validate": {"minItems": 1}  | property 'minItems' is not supported
          bad pattern        | "key": "t", "label": "T", "validate": {"pattern": "("} | not a valid regular expression
          number rule        | "key": "t", "label": "T", "validate": {"min": 1}       | property 'min' is not supported
          nested key         | "key": "child.name", "label": "T"                      | key 'child.name' must start with a letter
          csrf key           | "key": "_csrf", "label": "T"                           | key '_csrf' must start with a letter
          """)
  void aTextfieldWithUnsupportedContentIsRefused(String what, String properties, String message) {
    String json = "{\"type\": \"textfield\", \"id\": \"Field_t\", " + properties + "}";

    assertThatThrownBy(() -> TestForms.formWith(json))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aFieldWithoutALabelIsRefused() {
    assertThatThrownBy(
            () -> TestForms.formWith("{\"type\": \"textfield\", \"id\": \"Field_t\", \"key\": \"t\"}"))
        .hasMessageContaining("needs a label");
  }

  @Test
  void aDateTimeOtherThanADateIsRefused() {
    assertThatThrownBy(
            () ->
                TestForms.formWith(
                    """
                    {"type": "datetime", "subtype": "datetime", "id": "Field_d", "key": "d",
                     "dateLabel": "Päivä"}
                    """))
        .hasMessageContaining("only the 'date' subtype");
  }

  @Test
  void aSelectNeedsEitherStaticOrDynamicOptions() {
    assertThatThrownBy(
            () ->
                TestForms.formWith(
                    """
                    {"type": "select", "id": "Field_s", "key": "s", "label": "Valinta"}
                    """))
        .hasMessageContaining("either static 'values' or a 'valuesKey'");
  }

  @Test
  void keysMustBeUniqueAcrossGroups() {
    assertThatThrownBy(
            () ->
                TestForms.formWith(
                    """
                    {"type": "textfield", "id": "Field_a", "key": "a", "label": "A"},
                    {"type": "group", "id": "Group_g", "label": "G", "components": [
                      {"type": "textfield", "id": "Field_b", "key": "a", "label": "B"}]}
                    """))
        .hasMessageContaining("field key 'a' is used twice");
  }

  @Test
  void aGroupWithADataPathIsRefused() {
    assertThatThrownBy(
            () ->
                TestForms.formWith(
                    """
                    {"type": "group", "id": "Group_g", "path": "address", "components": []}
                    """))
        .hasMessageContaining("groups with a 'path'");
  }

  @Test
  void theFormMustDeclareItsFileNameAsId() {
    assertThatThrownBy(() -> TestForms.parse("other-name", TestForms.formJson("test-form", "")))
        .hasMessageContaining("'id' must equal the file name, \"other-name\"");
  }

  @Test
  void anOldSchemaVersionIsRefused() {
    String json = TestForms.formJson("test-form", "").replace("18", "4");

    assertThatThrownBy(() -> TestForms.parse("test-form", json))
        .hasMessageContaining("'schemaVersion' must be a number from 16 to 20");
  }

  @Test
  void malformedJsonIsRefused() {
    assertThatThrownBy(() -> TestForms.parse("test-form", "{\"components\": ["))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("is not valid JSON");
  }
}
