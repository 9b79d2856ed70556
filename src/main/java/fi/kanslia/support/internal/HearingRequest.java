package fi.kanslia.support.internal;

import java.time.Instant;
import java.util.UUID;

/** A party's hearing request (HL 34 §) and their answer, if any. */
record HearingRequest(
    UUID id,
    UUID caseId,
    UUID partyId,
    String partyRole,
    Instant requestedAt,
    Instant deadline,
    Instant remindedAt,
    Instant answeredAt,
    String answer,
    boolean recordedByStaff) {

  public boolean answered() {
    return answeredAt != null;
  }
}
