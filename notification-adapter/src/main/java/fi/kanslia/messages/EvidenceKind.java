package fi.kanslia.messages;

import java.util.Locale;

/**
 * What a Messages event shows about a delivery. The API's event types are the state names of
 * kehittajille.suomi.fi, "Monitoring the state information of messages".
 */
public enum EvidenceKind {
    /** "Electronic message created": delivered to the party's mailbox (13/2003 19 §: deemed received on the 3rd day). */
    ELECTRONIC_DELIVERED("Electronic message created"),
    /** "Electronic message read": the party opened the message. */
    READ("Electronic message read"),
    /** "Receipt confirmed": the party confirmed receipt of a verifiable message; evidential notification is complete. */
    RECEIPT_CONFIRMED("Receipt confirmed"),
    /** "Paper mail created": the party had no mailbox, so the paper letter was created. */
    PAPER_MAIL_CREATED("Paper mail created"),
    /** "Sent for printing and enveloping": the printing service has the letter (HL 59 §: the 7th day counts from here). */
    PAPER_MAIL_SENT("Sent for printing and enveloping"),
    /** "Posti: receipt confirmed": the party signed for a verifiable paper letter. */
    PAPER_RECEIPT_CONFIRMED("Posti: receipt confirmed"),
    /** "Posti: returned to sender": a verifiable letter was not collected; notify by another method. */
    RETURNED_TO_SENDER("Posti: returned to sender"),
    /** "Posti: unresolved": Posti could not confirm the outcome by the end of the monitoring period. */
    UNRESOLVED("Posti: unresolved"),
    /** Any other event (e.g. a message from an end user): not evidence about our deliveries. */
    NOT_EVIDENCE(null);

    private final String apiType;

    EvidenceKind(String apiType) {
        this.apiType = apiType;
    }

    /** The event type string of the API, or null for {@link #NOT_EVIDENCE}. */
    public String apiType() {
        return apiType;
    }

    /** The kind of an API event type; the comparison ignores case (the documentation and clients differ in it). */
    public static EvidenceKind ofApiType(String type) {
        if (type != null) {
            String wanted = type.strip().toLowerCase(Locale.ROOT);
            for (EvidenceKind kind : values()) {
                if (kind.apiType != null && kind.apiType.toLowerCase(Locale.ROOT).equals(wanted)) {
                    return kind;
                }
            }
        }
        return NOT_EVIDENCE;
    }
}
