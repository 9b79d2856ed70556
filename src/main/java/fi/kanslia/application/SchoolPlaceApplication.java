package fi.kanslia.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A submitted application for a school place, as other features read it. */
public record SchoolPlaceApplication(
    UUID caseId,
    String municipalityCode,
    UUID childId,
    UUID guardianId,
    UUID requestedSchoolId,
    LocalDate startDate,
    String languageOfInstruction,
    boolean siblingAtSchool,
    String reason,
    String guardianEmail,
    boolean electronicNotificationConsent,
    Instant submittedAt,
    UUID neighbourhoodSchoolId,
    UUID placedSchoolId) {}
