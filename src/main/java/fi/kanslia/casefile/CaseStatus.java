package fi.kanslia.casefile;

/** Where a case stands, as the guardian and the official see it. */
public enum CaseStatus {
  SUBMITTED,
  IN_REVIEW,
  DECIDED,
  SIGNED,
  NOTIFIED,
  ARCHIVED;

  public boolean isAtLeast(CaseStatus other) {
    return ordinal() >= other.ordinal();
  }
}
