package fi.kanslia.forms;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Validates a submission on the server against the same form the user saw. Parameters that are not
 * fields of the form (such as {@code _csrf}) are ignored and never reach the values. Select, radio
 * and checklist values must be among the form's static options or the {@link DynamicOptions} the
 * application supplies, which is what keeps a guardian from submitting another family's child.
 * Thread-safe.
 */
public final class FormValidator {

  /** Today, for {@code disallowPassedDates}, is the Finnish calendar day. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Helsinki");

  private final FieldRules rules;

  public FormValidator() {
    this(Clock.system(DEFAULT_ZONE));
  }

  /** With the clock that decides which dates have passed. */
  public FormValidator(Clock clock) {
    this.rules = new FieldRules(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Checks every field and returns either the typed values or one error per failed field, in form
   * order, with messages in the locale's language (Finnish, Swedish or English; Finnish otherwise).
   *
   * @param submittedParameters the request parameters, each with all its values
   * @throws IllegalStateException when the form needs dynamic options the caller did not supply
   */
  public FormSubmission validate(
      FormDefinition form,
      Map<String, List<String>> submittedParameters,
      Locale locale,
      DynamicOptions dynamicOptions) {
    Objects.requireNonNull(dynamicOptions, "dynamicOptions");
    FormInput input = FormInput.of(form, submittedParameters);
    FormTexts texts = form.texts(locale);
    Messages messages = Messages.of(texts.language());
    FormValues.Builder values = FormValues.builder(form, input);
    List<FieldError> errors = new ArrayList<>();
    for (FormField field : form.fields()) {
      rules
          .check(field, input.values(field.key()), dynamicOptions, values)
          .ifPresent(
              violation ->
                  errors.add(
                      new FieldError(field.key(), message(field, violation, texts, messages))));
    }
    return errors.isEmpty()
        ? new FormSubmission.Valid(values.build())
        : new FormSubmission.Invalid(input, errors);
  }

  /** The field's own message if it has one, otherwise "label: reason". */
  private static String message(
      FormField field, Violation violation, FormTexts texts, Messages messages) {
    return texts
        .errorMessage(field, violation.rule())
        .orElseGet(
            () ->
                messages.get(
                    "error.field",
                    texts.label(field),
                    messages.get(reasonKey(field, violation), localized(violation, texts))));
  }

  private static String reasonKey(FormField field, Violation violation) {
    if (!violation.rule().equals(Violation.REQUIRED)) {
      return "error." + violation.rule();
    }
    return switch (field.type()) {
      case SELECT, RADIO, CHECKLIST -> "error.required.choice";
      case CHECKBOX -> "error.required.checkbox";
      default -> "error.required";
    };
  }

  /** Finnish and Swedish write a decimal comma. */
  private static String localized(Violation violation, FormTexts texts) {
    return texts.language() == Language.EN
        ? violation.argument()
        : violation.argument().replace('.', ',');
  }
}
