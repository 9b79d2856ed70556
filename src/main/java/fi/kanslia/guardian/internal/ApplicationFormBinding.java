package fi.kanslia.guardian.internal;

import fi.kanslia.application.ApplicationForm;
import fi.kanslia.forms.DynamicOptions;
import fi.kanslia.forms.FormDefinition;
import fi.kanslia.forms.FormDefinitions;
import fi.kanslia.forms.FormHtmlRenderer;
import fi.kanslia.forms.FormInput;
import fi.kanslia.forms.FormOption;
import fi.kanslia.forms.FormSubmission;
import fi.kanslia.forms.FormValidator;
import fi.kanslia.forms.FormValues;
import fi.kanslia.forms.FieldError;
import fi.kanslia.identity.Person;
import fi.kanslia.school.School;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The school-place form: options from the guardian's own data, validation, typed binding. */
@Component
class ApplicationFormBinding {

  static final String FORM_ID = "school-place-application";

  private final FormDefinition form = new FormDefinitions().load(FORM_ID);
  private final FormValidator validator = new FormValidator();
  private final FormHtmlRenderer renderer = new FormHtmlRenderer();

  DynamicOptions options(List<Person> children, List<School> schools, Locale locale) {
    String lang = locale.getLanguage();
    return DynamicOptions.builder()
        .put("children", children.stream()
            .map(c -> new FormOption(c.id().toString(), c.fullName())).toList())
        .put("schools", schools.stream()
            .map(s -> new FormOption(s.id().toString(), s.name(lang) + " (" + s.language() + ")"))
            .toList())
        .build();
  }

  String render(Locale locale, FormInput previous, List<FieldError> errors, DynamicOptions options) {
    return renderer.render(form, locale, previous, errors, options);
  }

  FormSubmission validate(Map<String, List<String>> parameters, Locale locale, DynamicOptions options) {
    return validator.validate(form, parameters, locale, options);
  }

  ApplicationForm bind(FormValues values) {
    return new ApplicationForm(
        UUID.fromString(values.text("childId").orElseThrow()),
        UUID.fromString(values.text("requestedSchoolId").orElseThrow()),
        values.date("startDate").orElseThrow(),
        values.text("languageOfInstruction").orElseThrow(),
        values.checked("siblingAtSchool"),
        values.text("reason").orElse(null),
        values.text("guardianPhone").orElseThrow(),
        values.text("guardianEmail").orElse(null),
        values.checked("electronicNotificationConsent"),
        values.text("grade").map(Integer::parseInt).orElse(1));
  }
}
