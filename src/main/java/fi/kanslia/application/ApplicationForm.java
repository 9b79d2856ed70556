package fi.kanslia.application;

import java.time.LocalDate;
import java.util.UUID;

/** What the guardian filled in, after the form's server-side validation. */
public record ApplicationForm(
    UUID childId,
    UUID requestedSchoolId,
    LocalDate startDate,
    String languageOfInstruction,
    boolean siblingAtSchool,
    String reason,
    String guardianPhone,
    String guardianEmail,
    boolean electronicNotificationConsent,
    int grade) {

  public ApplicationForm {
    if (grade < 1 || grade > 9) {
      throw new IllegalArgumentException("Basic education has grades 1 to 9, not " + grade);
    }
  }

  /** An application for grade 1, the start of school. */
  public ApplicationForm(UUID childId, UUID requestedSchoolId, LocalDate startDate,
      String languageOfInstruction, boolean siblingAtSchool, String reason, String guardianPhone,
      String guardianEmail, boolean electronicNotificationConsent) {
    this(childId, requestedSchoolId, startDate, languageOfInstruction, siblingAtSchool, reason,
        guardianPhone, guardianEmail, electronicNotificationConsent, 1);
  }
}
