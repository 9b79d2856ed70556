package fi.kanslia.notification;

import java.time.Instant;

/** Evidence of what happened to a notice: sent, read by the recipient, or returned undelivered. */
public record DeliveryEvent(Kind kind, Instant occurredAt) {

  /** The kinds of evidence; each is recorded at most once per notice (the first occurrence). */
  public enum Kind {
    /** Handed over: to Suomi.fi Messages, to the printing service in a letter batch, or to the inbox. */
    SENT,
    /** An e-mail told the recipient that the decision waits in the service. */
    EMAILED,
    READ,
    RETURNED,
    /** In the recipient's Suomi.fi Messages mailbox. */
    DELIVERED,
    /**
     * The recipient retrieved an evidential notice: confirmed its receipt in Suomi.fi Messages or
     * signed for the letter (13/2003 18 §, HL 60 §). Its day is the day of notification.
     */
    RECEIVED,
    /** The decision went out as a paper letter (no Messages mailbox, or a fallback letter). */
    PAPER_SENT,
    /** Posti could not confirm the outcome of a verifiable letter; an official should look. */
    UNRESOLVED,
    /**
     * The notice was not delivered as intended (an evidential notice not retrieved in time, or
     * refused by Suomi.fi Messages) and is sent as an ordinary letter instead.
     */
    LETTER_FALLBACK
  }
}
