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
 *     when the notice actually leaves (3rd day after a Messages send, 7th after a letter) or, for an
 *     evidential notice, to the day of retrieval; until then an evidential notice's date is provisional
 */
public record Notice(
    UUID id,
    UUID decisionId,
    UUID recipientId,
    Channel channel,
    Instant sentAt,
    LocalDate deemedNotifiedOn) {}
