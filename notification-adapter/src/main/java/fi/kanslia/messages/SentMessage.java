package fi.kanslia.messages;

/**
 * What the API answered to a send.
 *
 * @param externalId  our id of the delivery
 * @param messageId   the Messages id of the message; null when a repeat was refused without naming it
 * @param alreadySent true when the API already had a message with this external id (a retry after a lost answer):
 *                    nothing new was sent, and the earlier message stands
 */
public record SentMessage(String externalId, Long messageId, boolean alreadySent) {
}
