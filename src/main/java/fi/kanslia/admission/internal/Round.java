package fi.kanslia.admission.internal;

import java.time.Instant;
import java.util.UUID;

/** An admission round as stored. */
record Round(
    UUID id,
    String municipalityCode,
    String name,
    int maxPreferences,
    Instant applicationOpens,
    Instant applicationCloses,
    Instant acceptanceDeadline,
    Instant vacancyClosingDate,
    long seed,
    Stage stage,
    int latestRun,
    Integer rerunRequestedOf,
    Integer publishedRun,
    UUID runPublishedBy) {

  /** A re-run was asked for and its result is not stored yet. */
  public boolean rerunPending() {
    return rerunRequestedOf != null && latestRun <= rerunRequestedOf;
  }
}
