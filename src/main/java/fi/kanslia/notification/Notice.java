package fi.kanslia.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice of a decision to one recipient.
 *
 * @param sentAt when the notice was recorded; its evidence ({@link Notifications#events}) says when
 *     it left through which way
 * @param deemedNotifiedOn the day of notification: set from the recording, and moved by the evidence
 *     when the notice actually leaves (3rd day after a Messages send, 7th after a letter, 3rd after
 *     a substitute notification). Null for an evidential notice (13/2003 18 §, HL 60 §) until it is
 *     retrieved or its proof of receipt is recorded: until then there is no remedy deadline either
 *     ({@link #awaitingReceipt()})
 */
public record Notice(
    UUID id,
    UUID decisionId,
    UUID recipientId,
    Channel channel,
    Instant sentAt,
    LocalDate deemedNotifiedOn) {

  /** An evidential notice whose retrieval or proof of receipt is not recorded yet. */
  public boolean awaitingReceipt() {
    return deemedNotifiedOn == null;
  }
}
