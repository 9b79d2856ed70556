package fi.kanslia.forms;

import static fi.kanslia.forms.TestForms.EN;
import static fi.kanslia.forms.TestForms.FI;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules the school place form does not use, on a form with every supported field type. */
class FieldTypesValidatorTest {

  private static final FormDefinition FORM =
      TestForms.formWith(
          """
          {"type": "textfield", "id": "Field_code", "key": "code", "label": "Koodi",
           "validate": {"required": true, "minLength": 3, "maxLength": 6, "pattern": "^[A-Z]+$"}},
          {"type": "number", "id": "Field_amount", "key": "amount", "label": "Määrä",
           "decimalDigits": 1, "validate": {"min": 1, "max": 12.5}},
          {"type": "checklist", "id": "Field_days", "key": "days", "label": "Päivät",
           "values": [{"label": "maanantai", "value": "mon"}, {"label": "tiistai", "value": "tue"}],
           "validate": {"required": true}},
          {"type": "checkbox", "id": "Field_agree", "key": "agree", "label": "Hyväksyn ehdot",
           "validate": {"required": true}},
          {"type": "datetime", "subtype": "date", "id": "Field_day", "key": "day",
           "dateLabel": "Päivä"}
          """);

  private final FormValidator validator = new FormValidator(TestForms.CLOCK);

  @Test
  void validValuesAreTyped() {
    FormSubmission submission = validate(valid(), FI);

    FormValues values = ((FormSubmission.Valid) submission).values();
    assertThat(values.text("code")).contains("ABCD");
    assertThat(values.number("amount")).contains(new BigDecimal("12.5"));
    assertThat(values.list("days")).containsExactly("tue", "mon");
    assertThat(values.checked("agree")).isTrue();
    assertThat(values.date("day")).isEmpty();
  }

  @ParameterizedTest(name = "{0} = \"{1}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          code   | AB       | Koodi: Kirjoita vähintään 3 merkkiä.
          code   | ABCDEFG  | Koodi: Kirjoita enintään 6 merkkiä.
          code   | abcd     | Koodi: Tieto ei ole oikeassa muodossa.
          code   | ''       | Koodi: Pakollinen tieto puuttuu.
          amount | 0,5      | Määrä: Pienin sallittu arvo on 1.
          amount | 12.6     | Määrä: Suurin sallittu arvo on 12,5.
          amount | 1,25     | Määrä: Anna enintään 1 desimaalia.
          amount | 1e3      | Määrä: Anna luku, esimerkiksi 12 tai 12,5.
          amount | 12,5,0   | Määrä: Anna luku, esimerkiksi 12 tai 12,5.
          days   | wed      | Päivät: Valitse jokin annetuista vaihtoehdoista.
          days   | ''       | Päivät: Valitse jokin vaihtoehdoista.
          agree  | ''       | Hyväksyn ehdot: Tämä kohta on valittava.
          day    | 2027-13-01 | Päivä: Anna päivämäärä, esimerkiksi 15.8.2027.
          """)
  void eachRuleRefusesWithLabelAndReason(String key, String value, String message) {
    assertThat(errors(valid().with(key, value), FI)).containsExactly(Map.entry(key, message));
  }

  @Test
  void numbersAcceptFinnishNotationAndStayExact() {
    assertThat(number(" 1,0 ")).isEqualTo(new BigDecimal("1.0"));
    assertThat(number("1\u00A00,1")).isEqualTo(new BigDecimal("10.1"));
    assertThat(number("12.5")).isEqualTo(new BigDecimal("12.5"));
  }

  @Test
  void aPastDateIsFineUnlessTheFormForbidsIt() {
    assertThat(errors(valid().with("day", "1.1.2020"), FI)).isEmpty();
  }

  @Test
  void aChecklistIgnoresRepeatsAndEmptyValues() {
    FormValues values =
        ((FormSubmission.Valid) validate(valid().with("days", "mon", "", "mon"), FI)).values();

    assertThat(values.list("days")).containsExactly("mon");
  }

  @Test
  void limitsAreWrittenTheEnglishWayInEnglish() {
    assertThat(errors(valid().with("amount", "13"), EN))
        .containsEntry("amount", "Määrä: The largest allowed value is 12.5.");
  }

  private BigDecimal number(String typed) {
    FormSubmission submission = validate(valid().with("amount", typed), FI);
    return ((FormSubmission.Valid) submission).values().number("amount").orElseThrow();
  }

  private static TestForms.Submission valid() {
    return new TestForms.Submission()
        .with("code", "ABCD")
        .with("amount", "12,5")
        .with("days", "tue", "mon")
        .with("agree", "true");
  }

  private FormSubmission validate(TestForms.Submission submission, Locale locale) {
    return validator.validate(FORM, submission.parameters(), locale, DynamicOptions.none());
  }

  private Map<String, String> errors(TestForms.Submission submission, Locale locale) {
    return validate(submission, locale).errors().stream()
        .collect(Collectors.toMap(FieldError::fieldKey, FieldError::message));
  }
}
