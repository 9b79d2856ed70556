package fi.kanslia.messages;

import java.util.Objects;

/**
 * One decision to one party through Suomi.fi Messages.
 *
 * @param externalId       our id of this delivery (e.g. the notice id); stable across retries, because the API
 *                         accepts each external id once and the client reports a repeat as already sent
 * @param recipientId      the party's personal identity code (or business ID); never logged or printed
 * @param title            the message title the recipient sees; no personal data beyond what the party knows
 * @param body             the message text: the essentials, since many read it on a phone without opening the file
 * @param decision         the signed decision, attached unchanged
 * @param verifiable       a verifiable message (todisteellinen tiedoksianto): the recipient must confirm receipt
 *                         before opening, and the confirmation is the evidence (13/2003 18 §)
 * @param paperMailAddress where Posti delivers the printed letter when the party has no active Messages mailbox;
 *                         null to send electronically only (the API then refuses a party without a mailbox)
 */
public record OutgoingMessage(String externalId, String recipientId, String title, String body,
                              DecisionFile decision, boolean verifiable, PostalAddress paperMailAddress) {

    public OutgoingMessage {
        PostalAddress.requireText(externalId, "externalId");
        PostalAddress.requireText(recipientId, "recipientId");
        PostalAddress.requireText(title, "title");
        PostalAddress.requireText(body, "body");
        Objects.requireNonNull(decision, "decision must be given");
        if (externalId.length() > 100) {
            throw new IllegalArgumentException("externalId must be at most 100 characters");
        }
    }

    /** Leaves out the identity code, the address and the texts. */
    @Override
    public String toString() {
        return "OutgoingMessage[externalId=" + externalId + ", decision=" + decision + ", verifiable=" + verifiable
                + ", paperFallback=" + (paperMailAddress != null) + "]";
    }
}
