package fi.kanslia.rectification;

import java.time.Instant;
import java.util.UUID;

/** A party's request for rectification of the decision of a case, and where it stands. */
public record RectificationRequest(
    UUID id,
    String municipalityCode,
    UUID caseId,
    UUID requestedBy,
    String text,
    Instant submittedAt,
    Status status,
    String authority,
    String outcomeReference) {

  /** Received, sent to the authority, and the authority's outcome. */
  public enum Status {
    RECEIVED,
    FORWARDED,
    GRANTED,
    DENIED
  }
}
