package fi.kanslia.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notice of a decision sent to one recipient. */
public record Notice(
    UUID id,
    UUID decisionId,
    UUID recipientId,
    Channel channel,
    Instant sentAt,
    LocalDate deemedNotifiedOn) {}
