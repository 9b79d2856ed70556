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
     * signed for Posti's verifiable letter (13/2003 18 §, HL 60 §). Its day is the day of
     * notification.
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
    LETTER_FALLBACK,
    /**
     * The proof of receipt of a letter against proof of receipt was recorded (HL 60 §), from the
     * postal service's receipt file or by an official; the day on the proof is the day of
     * notification. The event's time is when it was recorded.
     */
    SIGNED_FOR,
    /**
     * A substitute notification (HL 61 §) left in a letter batch after a letter against proof of
     * receipt came back undelivered ({@code RETURNED}).
     */
    SUBSTITUTE_SENT
  }
}
