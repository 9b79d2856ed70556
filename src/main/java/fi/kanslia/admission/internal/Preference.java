package fi.kanslia.admission.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One ranked programme of an application, with its test invitation and score. */
record Preference(UUID caseId, UUID programmeId, int rank, boolean siblingInProgramme,
    boolean reservedEligible, Instant testAt, BigDecimal score, boolean absent) {

  boolean scored() {
    return score != null || absent;
  }
}
