package fi.kanslia.casefile;

/** Where a case stands, as the guardian and the official see it. */
public enum CaseStatus {
  SUBMITTED,
  IN_REVIEW,
  DECIDED,
  SIGNED,
  NOTIFIED,
  ARCHIVED,
  /** The rectification authority granted a request: the original decision was corrected. */
  RECTIFIED,
  /** The guardian withdrew the application before the decision; nothing moves it further. */
  WITHDRAWN,
  /** Closed without a decision, e.g. group-level support, which needs none. */
  CLOSED;

  /** Whether the guardian may still withdraw: no decision has been taken. */
  public boolean isWithdrawable() {
    return this == SUBMITTED || this == IN_REVIEW;
  }

  public boolean isAtLeast(CaseStatus other) {
    return ordinal() >= other.ordinal();
  }
}
