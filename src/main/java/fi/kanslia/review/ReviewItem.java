package fi.kanslia.review;

import java.time.Instant;
import java.util.UUID;

/** A work item in an official's queue. */
public record ReviewItem(
    UUID id,
    String municipalityCode,
    UUID caseId,
    UUID schoolId,
    String recommendation,
    String status,
    Instant openedAt) {

  public boolean isOpen() {
    return "OPEN".equals(status);
  }
}
