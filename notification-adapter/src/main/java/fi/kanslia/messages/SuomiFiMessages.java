package fi.kanslia.messages;

/**
 * Suomi.fi Messages: sends a decision to a party and reports what happened to it. Thread-safe.
 *
 * <p>Callers retry: every method may throw {@link MessagesUnavailableException} (not reached) or
 * {@link MessagesApiException} (an error answer). Retrying a send with the same external id never sends twice.
 */
public interface SuomiFiMessages {

    /**
     * Uploads the decision and sends the message: electronically to the party's mailbox, or, when the party has no
     * active mailbox and the message has a paper address (and paper mail is configured), as a Posti letter.
     * A repeat of an external id the API already accepted returns {@link SentMessage#alreadySent()}.
     */
    SentMessage send(OutgoingMessage message);

    /**
     * The next page of events after the continuation token (null for the start of what the API keeps, 60 days).
     * Poll until a page comes back empty, then continue later from its token.
     */
    EventPage events(String continuationToken);
}
