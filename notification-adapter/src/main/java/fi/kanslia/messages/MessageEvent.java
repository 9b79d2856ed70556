package fi.kanslia.messages;

import java.time.Instant;

/**
 * One event of the Messages API about a message.
 *
 * @param kind       what it shows
 * @param apiType    the API's own type string, kept for the record
 * @param occurredAt when it happened, by the API
 * @param messageId  the Messages id of the message
 * @param externalId our external id of the message; null for events about messages we did not send
 */
public record MessageEvent(EvidenceKind kind, String apiType, Instant occurredAt, long messageId,
                           String externalId) {
}
