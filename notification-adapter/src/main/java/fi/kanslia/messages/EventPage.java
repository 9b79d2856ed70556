package fi.kanslia.messages;

import java.util.List;

/**
 * A page of events, oldest first.
 *
 * @param events            the events in the order the API gave them; empty when there is nothing new yet
 * @param continuationToken where the next poll continues; store it with the evidence of this page, in one
 *                          transaction, so that no event is lost or applied twice
 */
public record EventPage(List<MessageEvent> events, String continuationToken) {

    public EventPage {
        events = List.copyOf(events);
    }
}
