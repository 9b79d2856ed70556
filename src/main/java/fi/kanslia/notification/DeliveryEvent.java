package fi.kanslia.notification;

import java.time.Instant;

/** Evidence of what happened to a notice: sent, read by the recipient, or returned undelivered. */
public record DeliveryEvent(Kind kind, Instant occurredAt) {

  /** The kinds of evidence; each is recorded at most once per notice (the first occurrence). */
  public enum Kind {
    SENT,
    /** An e-mail told the recipient that the decision waits in the service. */
    EMAILED,
    READ,
    RETURNED
  }
}
