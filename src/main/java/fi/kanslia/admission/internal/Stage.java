package fi.kanslia.admission.internal;

/** Where an admission round stands; the process moves it, the officials' acts follow it. */
enum Stage {
  DRAFT,
  PUBLISHED,
  APPLICATIONS_OPEN,
  APPLICATIONS_CLOSED,
  TESTING,
  SCORES_COMPLETE,
  PLACEMENT_REVIEW,
  RUN_PUBLISHED,
  DECISIONS_ISSUED,
  ACCEPTANCE_CLOSED,
  CLOSED;

  boolean isAtLeast(Stage other) {
    return ordinal() >= other.ordinal();
  }
}
