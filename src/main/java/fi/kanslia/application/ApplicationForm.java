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
    boolean electronicNotificationConsent) {}
