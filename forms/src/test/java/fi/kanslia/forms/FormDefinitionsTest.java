package fi.kanslia.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormDefinitionsTest {

  @Test
  void theSchoolPlaceApplicationParsesWithTheContractedKeysAndRules() {
    FormDefinition form = TestForms.schoolPlaceApplication();

    assertThat(form.id()).isEqualTo("school-place-application");
    assertThat(form.schemaVersion()).isGreaterThanOrEqualTo(16);
    assertThat(form.fields())
        .extracting(FormField::key, FormField::type, FormField::required, FormField::valuesKey)
        .containsExactly(
            tuple("childId", FieldType.SELECT, true, "children"),
            tuple("requestedSchoolId", FieldType.SELECT, true, "schools"),
            tuple("startDate", FieldType.DATE, true, null),
            tuple("grade", FieldType.SELECT, true, null),
            tuple("languageOfInstruction", FieldType.RADIO, true, null),
            tuple("siblingAtSchool", FieldType.CHECKBOX, false, null),
            tuple("reason", FieldType.TEXTAREA, false, null),
            tuple("guardianPhone", FieldType.TEXTFIELD, true, null),
            tuple("guardianEmail", FieldType.TEXTFIELD, false, null),
            tuple("electronicNotificationConsent", FieldType.CHECKBOX, false, null));
    assertThat(form.field("languageOfInstruction").orElseThrow().options())
        .extracting(FormOption::value)
        .containsExactly("fi", "sv");
    assertThat(form.field("reason").orElseThrow().validation().maxLength()).isEqualTo(2000);
    assertThat(form.field("guardianPhone").orElseThrow().validation().validationType())
        .isEqualTo(ValidationType.PHONE);
    assertThat(form.field("guardianEmail").orElseThrow().validation().validationType())
        .isEqualTo(ValidationType.EMAIL);
    assertThat(form.field("startDate").orElseThrow().validation().disallowPassedDates()).isTrue();
    assertThat(form.components().getFirst()).isInstanceOf(FormText.class);
    assertThat(form.components().getLast()).isInstanceOf(FormGroup.class);
  }

  @Test
  void aFormIsParsedOnceAndCached() {
    FormDefinitions definitions = new FormDefinitions();

    assertThat(definitions.load("school-place-application"))
        .isSameAs(definitions.load("school-place-application"));
  }

  @Test
  void aMissingFormFailsWithItsResourceName() {
    assertThatThrownBy(() -> new FormDefinitions().load("no-such-form"))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("forms/no-such-form.form");
  }

  @Test
  void aFormIdCannotReachOutsideTheFormsFolder() {
    assertThatThrownBy(() -> new FormDefinitions().load("../META-INF/MANIFEST"))
        .isInstanceOf(FormDefinitionException.class)
        .hasMessageContaining("must be lower-case letters, digits and '-'");
  }

  @Test
  void numberRulesAreReadExactly() {
    FormDefinition form =
        TestForms.formWith(
            """
            {"type": "number", "id": "Field_n", "key": "n", "label": "Luku", "decimalDigits": 2,
             "validate": {"min": 0.1, "max": "12.5"}}
            """);

    FieldValidation rules = form.field("n").orElseThrow().validation();
    assertThat(rules.min()).isEqualByComparingTo(new BigDecimal("0.1"));
    assertThat(rules.max()).isEqualByComparingTo(new BigDecimal("12.5"));
    assertThat(rules.decimalDigits()).isEqualTo(2);
  }
}
