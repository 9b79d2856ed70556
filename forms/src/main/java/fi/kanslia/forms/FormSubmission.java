package fi.kanslia.forms;

import java.util.List;
import java.util.Objects;

/** The outcome of validating a submission: typed values, or errors to show with the input. */
public sealed interface FormSubmission {

  /** What the user submitted, limited to the form's fields: render it again after errors. */
  FormInput input();

  /** The problems found; empty when the submission is valid. */
  List<FieldError> errors();

  default boolean isValid() {
    return errors().isEmpty();
  }

  /** Every field passed its rules. */
  record Valid(FormValues values) implements FormSubmission {

    public Valid {
      Objects.requireNonNull(values, "values");
    }

    @Override
    public FormInput input() {
      return values.input();
    }

    @Override
    public List<FieldError> errors() {
      return List.of();
    }
  }

  /** At least one field failed; {@code errors} holds one message per failed field, in form order. */
  record Invalid(FormInput input, List<FieldError> errors) implements FormSubmission {

    public Invalid {
      Objects.requireNonNull(input, "input");
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("An invalid submission needs at least one error");
      }
    }
  }
}
