package fi.kanslia.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A party's request for rectification of the decision of a case, and where it stands.
 *
 * @param authorityDecidedOn the date of the rectification authority's decision, once recorded
 * @param implementingCaseId the case of the municipality's decision implementing a granted request
 */
public record RectificationRequest(
    UUID id,
    String municipalityCode,
    UUID caseId,
    UUID requestedBy,
    String text,
    Instant submittedAt,
    Status status,
    String authority,
    String outcomeReference,
    LocalDate authorityDecidedOn,
    UUID implementingCaseId) {

  /** Received, sent to the authority, and the authority's outcome. */
  public enum Status {
    RECEIVED,
    FORWARDED,
    GRANTED,
    DENIED
  }
}
