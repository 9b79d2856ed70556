package fi.kanslia.forms;

import static fi.kanslia.forms.TestForms.FI;
import static fi.kanslia.forms.TestForms.SV;
import static fi.kanslia.forms.TestForms.validApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FormHtmlRendererTest {

  private final FormDefinition form = TestForms.schoolPlaceApplication();
  private final FormHtmlRenderer renderer = new FormHtmlRenderer();
  private final FormValidator validator = new FormValidator(TestForms.CLOCK);

  @Test
  void everyControlHasExactlyOneLabelPointingAtIt() {
    Document html = render(FI, null, List.of());

    List<Element> controls = html.select("input, select, textarea");
    assertThat(controls).hasSize(11); // 7 single controls, 2 radios, 2 checkboxes
    for (Element control : controls) {
      assertThat(control.id()).isNotEmpty();
      assertThat(html.select("label[for=" + control.id() + "]")).hasSize(1);
    }
    assertThat(html.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    assertThat(html.select("form, button, [type=submit]")).isEmpty();
  }

  @Test
  void requiredFieldsAreMarkedInWordsAndForAssistiveTechnology() {
    Document html = render(FI, null, List.of());

    assertThat(html.selectFirst("label[for=kf-childId]").text()).isEqualTo("Lapsi (pakollinen)");
    assertThat(html.selectFirst("#kf-childId").attr("aria-required")).isEqualTo("true");
    assertThat(html.selectFirst("#kf-guardianPhone").attr("aria-required")).isEqualTo("true");
    assertThat(html.selectFirst("#kf-guardianEmail").hasAttr("aria-required")).isFalse();
    assertThat(html.selectFirst("label[for=kf-guardianEmail]").text()).isEqualTo("Sähköpostiosoite");
  }

  @Test
  void radiosSitInAFieldsetWithTheLabelAsLegend() {
    Element fieldset = render(FI, null, List.of()).selectFirst("fieldset#kf-languageOfInstruction");

    assertThat(fieldset.attr("role")).isEqualTo("radiogroup");
    assertThat(fieldset.attr("aria-required")).isEqualTo("true");
    assertThat(fieldset.selectFirst("legend").text()).isEqualTo("Opetuskieli (pakollinen)");
    assertThat(fieldset.select("input[type=radio]").eachAttr("value")).containsExactly("fi", "sv");
    assertThat(fieldset.select("label").eachText()).containsExactly("suomi", "ruotsi");
  }

  @Test
  void descriptionsAreLinkedToTheirFields() {
    Document html = render(FI, null, List.of());

    Element phone = html.selectFirst("#kf-guardianPhone");
    assertThat(phone.attr("aria-describedby")).isEqualTo("kf-guardianPhone-description");
    assertThat(html.selectFirst("#kf-guardianPhone-description").text())
        .isEqualTo("Esimerkiksi 040 123 4567 tai +358 40 123 4567.");
    assertThat(phone.attr("type")).isEqualTo("tel");
    assertThat(phone.attr("autocomplete")).isEqualTo("tel");
    assertThat(html.selectFirst("#kf-startDate").attr("type")).isEqualTo("date");
  }

  @Test
  void theGroupIsAFieldsetAndTheGuidanceIsText() {
    Document html = render(FI, null, List.of());

    Element group = html.selectFirst("fieldset.kf-group");
    assertThat(group.selectFirst("legend").text()).isEqualTo("Huoltajan yhteystiedot");
    assertThat(group.select("#kf-guardianPhone, #kf-electronicNotificationConsent")).hasSize(2);
    assertThat(html.select(".kf-text p").eachText())
        .containsExactly(
            "Hae koulupaikkaa lapsellesi. Tee hakemus jokaisesta lapsesta erikseen.",
            "Jos haet muuhun kuin lapsen lähikouluun, kerro perustelusi.");
  }

  @Test
  void dynamicOptionsFollowAPlaceholder() {
    Element select = render(FI, null, List.of()).selectFirst("select#kf-childId");

    assertThat(select.select("option").eachText())
        .containsExactly("Valitse", "Aino Virtanen", "Eero Virtanen");
    assertThat(select.select("option").eachAttr("value")).containsExactly("", "child-1", "child-2");
  }

  @Test
  void aFailedFieldShowsItsErrorAndIsMarkedInvalid() {
    FormSubmission failed = validator.validate(form,
        validApplication().without("childId").with("guardianEmail", "x@").parameters(), FI,
        TestForms.guardianOptions());

    Document html = render(FI, failed.input(), failed.errors());

    Element email = html.selectFirst("#kf-guardianEmail");
    assertThat(email.attr("aria-invalid")).isEqualTo("true");
    assertThat(email.attr("aria-describedby")).isEqualTo("kf-guardianEmail-error");
    assertThat(html.selectFirst("#kf-guardianEmail-error").text())
        .isEqualTo("Virhe: Sähköpostiosoite: Anna sähköpostiosoite muodossa nimi@esimerkki.fi.");
    assertThat(html.selectFirst("#kf-childId").attr("aria-describedby"))
        .isEqualTo("kf-childId-description kf-childId-error");
    assertThat(html.selectFirst("#kf-guardianPhone").hasAttr("aria-invalid")).isFalse();
  }

  @Test
  void anErrorSummaryAtTheTopLinksToEachFailedField() {
    FormSubmission failed = validator.validate(form,
        validApplication().without("childId").without("languageOfInstruction").parameters(), FI,
        TestForms.guardianOptions());

    Document html = render(FI, failed.input(), failed.errors());

    Element summary = html.selectFirst(".kf-form > *");
    assertThat(summary.id()).isEqualTo(FormHtmlRenderer.ERROR_SUMMARY_ID);
    assertThat(summary.attr("role")).isEqualTo("alert");
    assertThat(summary.selectFirst("h2").text()).startsWith("Lomakkeessa on virheitä.");
    assertThat(summary.select("a").eachText())
        .containsExactly("Valitse lapsi.", "Valitse opetuskieli.");
    assertThat(summary.select("a").eachAttr("href"))
        .containsExactly("#kf-childId", "#kf-languageOfInstruction-0");
    assertThat(html.selectFirst("#kf-languageOfInstruction").attr("aria-invalid")).isEqualTo("true");
  }

  @Test
  void noErrorSummaryWithoutErrors() {
    assertThat(render(FI, null, List.of()).select("[role=alert], .kf-error-message")).isEmpty();
  }

  @Test
  void anErrorTheApplicationAddsForSomethingElseIsListedWithoutALink() {
    Document html = render(FI, null, List.of(new FieldError("application", "Hakemus on jo tehty.")));

    assertThat(html.select(".kf-error-summary li").eachText()).containsExactly("Hakemus on jo tehty.");
    assertThat(html.select(".kf-error-summary a")).isEmpty();
  }

  @Test
  void previouslyEnteredValuesAreFilledInAgain() {
    FormSubmission failed = validator.validate(form,
        validApplication().with("reason", "\nEnsimmäinen rivi\nToinen").without("childId")
            .parameters(), FI, TestForms.guardianOptions());

    Document html = render(FI, failed.input(), failed.errors());

    assertThat(html.selectFirst("#kf-requestedSchoolId option[selected]").val()).isEqualTo("school-11");
    assertThat(html.select("#kf-childId option[selected]")).isEmpty();
    assertThat(html.selectFirst("#kf-startDate").val()).isEqualTo("2027-08-12");
    assertThat(html.select("input[name=languageOfInstruction][checked]").eachAttr("value"))
        .containsExactly("sv");
    assertThat(html.selectFirst("#kf-siblingAtSchool").hasAttr("checked")).isTrue();
    assertThat(textareaValue(html, "#kf-reason")).isEqualTo("\nEnsimmäinen rivi\nToinen");
    assertThat(html.selectFirst("#kf-guardianPhone").val()).isEqualTo("040 123 4567");
    assertThat(html.selectFirst("#kf-guardianEmail").val()).isEqualTo("huoltaja@example.fi");
    assertThat(html.select("[name=_csrf]")).isEmpty();
  }

  @Test
  void theFormIsShownInSwedish() {
    Document html = render(SV, null, List.of());

    assertThat(html.selectFirst("label[for=kf-childId]").text()).isEqualTo("Barn (obligatorisk)");
    assertThat(html.select("#kf-languageOfInstruction label").eachText())
        .containsExactly("finska", "svenska");
    assertThat(html.selectFirst("fieldset.kf-group legend").text())
        .isEqualTo("Vårdnadshavarens kontaktuppgifter");
    assertThat(html.selectFirst("#kf-childId option").text()).isEqualTo("Välj");
    assertThat(html.select(".kf-text p")).hasSize(2);
  }

  @Test
  void hostileLabelsValuesAndInputAreEscaped() {
    String attack = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
    FormDefinition hostile =
        TestForms.formWith(
            """
            {"type": "radio", "id": "Field_r", "key": "r", "label": "%1$s",
             "description": "%1$s", "values": [{"label": "%1$s", "value": "%1$s"}]},
            {"type": "select", "id": "Field_s", "key": "s", "label": "S", "valuesKey": "names"},
            {"type": "textarea", "id": "Field_t", "key": "t", "label": "T"},
            {"type": "text", "id": "Text_x", "text": "%1$s"}
            """
                .formatted(attack.replace("\"", "\\\"")));
    DynamicOptions options =
        DynamicOptions.builder().put("names", List.of(new FormOption(attack, attack))).build();
    FormInput input =
        FormInput.of(hostile, java.util.Map.of("t", List.of("</textarea>" + attack)));

    String rendered =
        renderer.render(hostile, FI, input, List.of(new FieldError("t", attack)), options);
    Document html = Jsoup.parseBodyFragment(rendered);

    assertThat(html.select("script, img, [onerror]")).isEmpty();
    assertThat(html.selectFirst("legend").text()).isEqualTo(attack);
    assertThat(html.selectFirst("input[type=radio]").val()).isEqualTo(attack);
    assertThat(html.selectFirst("#kf-s option:nth-child(2)").val()).isEqualTo(attack);
    assertThat(html.selectFirst("#kf-s option:nth-child(2)").text()).isEqualTo(attack);
    assertThat(textareaValue(html, "#kf-t")).isEqualTo("</textarea>" + attack);
    assertThat(html.selectFirst(".kf-error-summary a").text()).isEqualTo(attack);
    assertThat(html.selectFirst(".kf-text").text()).isEqualTo(attack);
  }

  @Test
  void missingDynamicOptionsAreAWiringMistake() {
    assertThatThrownBy(() -> renderer.render(form, FI, null, null, DynamicOptions.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("valuesKey 'children'");
  }

  /**
   * The value a browser shows: HTML drops one line break right after {@code <textarea>}, which the
   * renderer writes so that the user's own leading line break survives. jsoup keeps it.
   */
  private static String textareaValue(Document html, String selector) {
    String text = html.selectFirst(selector).wholeText();
    assertThat(text).startsWith("\n");
    return text.substring(1);
  }

  private Document render(Locale locale, FormInput input, List<FieldError> errors) {
    return Jsoup.parseBodyFragment(
        renderer.render(form, locale, input, errors, TestForms.guardianOptions()));
  }
}
