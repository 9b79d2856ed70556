package fi.kanslia.notification;

/** How a decision is delivered. */
public enum Channel {
  /** Electronic notification (13/2003 19 §), with the party's consent. */
  ELECTRONIC,
  /** Ordinary letter (HL 59 §). */
  LETTER
}
