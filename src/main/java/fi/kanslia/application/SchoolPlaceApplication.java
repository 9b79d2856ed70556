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
    UUID placedSchoolId,
    Integer waitingPosition,
    String answer,
    UUID offeredFromCaseId,
    boolean specialReasonsConfirmed,
    int grade) {

  /**
   * The decision type: an application to a school other than the child's neighbourhood school is a
   * secondary application (toissijainen haku, PoL 28 §); otherwise it is a school-place decision.
   */
  public String decisionType() {
    return neighbourhoodSchoolId != null && !neighbourhoodSchoolId.equals(requestedSchoolId)
        ? SECONDARY_PLACE : SCHOOL_PLACE;
  }

  public static final String SCHOOL_PLACE = "SCHOOL_PLACE";
  public static final String SECONDARY_PLACE = "SECONDARY_PLACE";
}
