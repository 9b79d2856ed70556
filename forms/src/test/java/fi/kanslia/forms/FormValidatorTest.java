package fi.kanslia.forms;

import static fi.kanslia.forms.TestForms.EN;
import static fi.kanslia.forms.TestForms.FI;
import static fi.kanslia.forms.TestForms.SV;
import static fi.kanslia.forms.TestForms.validApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The school place application's rules, on the real form. */
class FormValidatorTest {

  private final FormDefinition form = TestForms.schoolPlaceApplication();
  private final FormValidator validator = new FormValidator(TestForms.CLOCK);

  @Test
  void aValidApplicationGivesTypedValues() {
    FormSubmission submission = validate(validApplication(), FI);

    assertThat(submission).isInstanceOf(FormSubmission.Valid.class);
    FormValues values = ((FormSubmission.Valid) submission).values();
    assertThat(values.text("childId")).contains("child-1");
    assertThat(values.text("requestedSchoolId")).contains("school-11");
    assertThat(values.date("startDate")).contains(LocalDate.of(2027, 8, 12));
    assertThat(values.text("languageOfInstruction")).contains("sv");
    assertThat(values.checked("siblingAtSchool")).isTrue();
    assertThat(values.text("reason")).contains("Sisarus on samassa koulussa.");
    assertThat(values.text("guardianPhone")).contains("040 123 4567");
    assertThat(values.text("guardianEmail")).contains("huoltaja@example.fi");
    assertThat(values.checked("electronicNotificationConsent")).isTrue();
  }

  @Test
  void aValueIsReadableOnlyAsItsFieldsType() {
    FormValues values = ((FormSubmission.Valid) validate(validApplication(), FI)).values();

    assertThatThrownBy(() -> values.date("childId"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Field 'childId' is a select");
    assertThatThrownBy(() -> values.text("childID"))
        .hasMessageContaining("has no field 'childID'");
  }

  @Test
  void optionalFieldsMayBeLeftEmpty() {
    FormSubmission submission =
        validate(
            validApplication()
                .without("siblingAtSchool")
                .with("reason", "  ")
                .without("guardianEmail")
                .without("electronicNotificationConsent"),
            FI);

    FormValues values = ((FormSubmission.Valid) submission).values();
    assertThat(values.checked("siblingAtSchool")).isFalse();
    assertThat(values.text("reason")).isEmpty();
    assertThat(values.text("guardianEmail")).isEmpty();
  }

  @Test
  void aChildOfAnotherFamilyIsRefused() {
    FormSubmission submission = validate(validApplication().with("childId", "child-999"), FI);

    assertThat(submission.errors())
        .containsExactly(
            new FieldError("childId", "Lapsi: Valitse jokin annetuista vaihtoehdoista."));
  }

  @Test
  void aSchoolThatIsNotOfferedIsRefused() {
    assertThat(errors(validApplication().with("requestedSchoolId", "school-99"), FI))
        .containsOnlyKeys("requestedSchoolId");
  }

  @Test
  void unknownParametersAndTheCsrfTokenAreIgnoredAndNotStored() {
    FormSubmission submission =
        validate(validApplication().with("isAdmin", "true").with("childName", "x"), FI);

    assertThat(submission.isValid()).isTrue();
    assertThat(submission.input().values("_csrf")).isEmpty();
    assertThat(submission.input().values("isAdmin")).isEmpty();
    FormValues values = ((FormSubmission.Valid) submission).values();
    assertThatThrownBy(() -> values.text("_csrf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no field '_csrf'");
  }

  @Test
  void requiredFieldsNameWhatIsMissingInFormOrder() {
    FormSubmission submission =
        validate(
            validApplication()
                .without("childId")
                .with("requestedSchoolId", "")
                .without("startDate")
                .without("languageOfInstruction")
                .with("guardianPhone", "   "),
            FI);

    assertThat(submission.errors())
        .containsExactly(
            new FieldError("childId", "Valitse lapsi."),
            new FieldError("requestedSchoolId", "Valitse haettava koulu."),
            new FieldError("startDate", "Anna toivottu aloituspäivä."),
            new FieldError("languageOfInstruction", "Valitse opetuskieli."),
            new FieldError("guardianPhone", "Anna puhelinnumero."));
  }

  @Test
  void onlyFinnishOrSwedishIsALanguageOfInstruction() {
    assertThat(errors(validApplication().with("languageOfInstruction", "fi"), FI)).isEmpty();
    assertThat(errors(validApplication().with("languageOfInstruction", "de"), FI))
        .containsEntry(
            "languageOfInstruction", "Opetuskieli: Valitse jokin annetuista vaihtoehdoista.");
  }

  @Test
  void theStartDateIsAcceptedInIsoAndFinnishFormatFromToday() {
    FormValues values =
        ((FormSubmission.Valid) validate(validApplication().with("startDate", "1.8.2027"), FI))
            .values();

    assertThat(values.date("startDate")).contains(LocalDate.of(2027, 8, 1));
    assertThat(errors(validApplication().with("startDate", TestForms.TODAY.toString()), FI))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2027-02-30", "31.2.2027", "ensi syksynä", "2027-8-1"})
  void anImpossibleDateIsRefused(String date) {
    assertThat(errors(validApplication().with("startDate", date), FI))
        .containsEntry(
            "startDate", "Toivottu aloituspäivä: Anna päivämäärä, esimerkiksi 15.8.2027.");
  }

  @Test
  void aStartDateInThePastIsRefused() {
    assertThat(errors(validApplication().with("startDate", "2026-11-23"), FI))
        .containsEntry(
            "startDate", "Toivottu aloituspäivä: Päivämäärä ei voi olla menneisyydessä.");
  }

  @Test
  void theReasonMayHave2000CharactersCountingALineBreakAsOne() {
    String lines = "Perustelu.\r\n".repeat(181); // 11 characters each once CRLF is one: 1991
    String exactly2000 = lines + "123456789";

    assertThat(errors(validApplication().with("reason", exactly2000), FI)).isEmpty();
    assertThat(errors(validApplication().with("reason", exactly2000 + "0"), FI))
        .containsEntry("reason", "Perustelut: Kirjoita enintään 2000 merkkiä.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"040 123 4567", "+358 40 123 4567", "(09) 310 1691", "0401234567"})
  void commonPhoneNumbersAreAccepted(String phone) {
    assertThat(errors(validApplication().with("guardianPhone", phone), FI)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "12345", "040 123 4567 ext 5", "+", "1234567890123456"})
  void somethingElseIsNotAPhoneNumber(String phone) {
    assertThat(errors(validApplication().with("guardianPhone", phone), FI))
        .containsEntry(
            "guardianPhone", "Puhelinnumero: Anna puhelinnumero, esimerkiksi 040 123 4567.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"huoltaja@", "huoltaja@example", "a b@example.fi", "@example.fi"})
  void anInvalidEmailAddressIsRefused(String email) {
    assertThat(errors(validApplication().with("guardianEmail", email), FI))
        .containsEntry(
            "guardianEmail",
            "Sähköpostiosoite: Anna sähköpostiosoite muodossa nimi@esimerkki.fi.");
  }

  @Test
  void aCheckboxIsCheckedOnlyByTheValueTheFormSends() {
    assertThat(errors(validApplication().with("siblingAtSchool", "yes"), FI))
        .containsEntry("siblingAtSchool", "Lapsen sisarus käy haettavaa koulua: "
            + "Arvoa ei voi käyttää. Tarkista tieto.");
  }

  @Test
  void twoValuesForOneFieldAreRefused() {
    assertThat(errors(validApplication().with("childId", "child-1", "child-2"), FI))
        .containsOnlyKeys("childId");
  }

  @Test
  void controlCharactersAreRefused() {
    assertThat(errors(validApplication().with("guardianEmail", "a\u0000@example.fi"), FI))
        .containsEntry(
            "guardianEmail",
            "Sähköpostiosoite: Teksti sisältää merkkejä, joita ei voi käyttää.");
  }

  @Test
  void messagesAreInTheUsersLanguage() {
    var submission = validApplication().without("guardianPhone").with("guardianEmail", "x@");

    assertThat(errors(submission, SV))
        .containsEntry("guardianPhone", "Ange telefonnummer.")
        .containsEntry("guardianEmail", "E-postadress: Ange e-postadressen i formen namn@exempel.fi.");
    assertThat(errors(submission, EN))
        .containsEntry("guardianPhone", "Enter a phone number.")
        .containsEntry("guardianEmail", "Email address: Enter an email address like name@example.fi.");
    assertThat(errors(validApplication().with("childId", "child-9"), SV))
        .containsEntry("childId", "Barn: Välj ett av de givna alternativen.");
    assertThat(errors(validApplication().with("childId", "child-9"), EN))
        .containsEntry("childId", "Child: Choose one of the options given.");
  }

  @Test
  void anUnsupportedLanguageGetsFinnish() {
    assertThat(errors(validApplication().without("guardianPhone"), Locale.GERMAN))
        .containsEntry("guardianPhone", "Anna puhelinnumero.");
  }

  @Test
  void missingDynamicOptionsAreAWiringMistake() {
    assertThatThrownBy(
            () ->
                validator.validate(
                    form, validApplication().parameters(), FI, DynamicOptions.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("valuesKey 'children'");
  }

  private FormSubmission validate(TestForms.Submission submission, Locale locale) {
    return validator.validate(
        form, submission.parameters(), locale, TestForms.guardianOptions());
  }

  private Map<String, String> errors(TestForms.Submission submission, Locale locale) {
    List<FieldError> errors = validate(submission, locale).errors();
    return errors.stream()
        .collect(
            java.util.stream.Collectors.toMap(FieldError::fieldKey, FieldError::message));
  }
}
