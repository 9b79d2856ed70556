package fi.kanslia.rectification;

/** A rectification request that cannot be filed; the reason is a key the user interface words. */
public class RectificationRefusedException extends RuntimeException {

  /** Why the request is refused. */
  public enum Reason {
    NO_DECISION,
    TOO_LATE,
    ALREADY_FILED,
    TEXT_MISSING,
    TEXT_TOO_LONG,
    /** The decision's remedy is an appeal to the administrative court, not a rectification request. */
    APPEAL_INSTEAD
  }

  private final Reason reason;

  public RectificationRefusedException(Reason reason) {
    super("Rectification request refused: " + reason);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
