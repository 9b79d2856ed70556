package fi.kanslia.messages;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One letter: the signed decision to one party.
 *
 * @param reference        our reference printed on the cover and listed in the manifest, e.g. the case number and
 *                         the notice id; no personal data. The postal service's receipt of a {@link
 *                         Kind#PROOF_OF_RECEIPT} letter names it, so that the receipt is matched back to the notice
 * @param recipient        the postal address printed in the envelope window
 * @param addressProtected the party's address is protected (turvakielto): it appears on the cover for the envelope
 *                         window only, and the manifest says the letter is protected and carries no address data
 * @param decision         the signed decision, delivered byte for byte as signed
 * @param kind             how the letter is sent and what its cover says
 * @param notifiedOn       for a {@link Kind#SUBSTITUTE} letter, the day the decision counts as notified (printed on
 *                         the cover); null for the other kinds
 */
public record Letter(String reference, PostalAddress recipient, boolean addressProtected, DecisionFile decision,
                     Kind kind, LocalDate notifiedOn) {

    /** The ways a decision goes by post (Hallintolaki 59-61 §). */
    public enum Kind {
        /** An ordinary letter (HL 59 §): deemed received on the 7th day after sending. */
        ORDINARY,
        /**
         * A letter against proof of receipt (HL 60 §): sent as a registered letter with a proof of receipt
         * (saantitodistus); the day on the proof is the day of notification.
         */
        PROOF_OF_RECEIPT,
        /**
         * A substitute notification (HL 61 §) after a letter against proof of receipt came back undelivered: an
         * ordinary letter whose cover says so and names the day of notification.
         */
        SUBSTITUTE
    }

    public Letter {
        PostalAddress.requireText(reference, "reference");
        Objects.requireNonNull(recipient, "recipient must be given");
        Objects.requireNonNull(decision, "decision must be given");
        Objects.requireNonNull(kind, "kind must be given");
        if (reference.length() > 80 || !reference.matches("[\\p{L}\\p{N} ._/#:-]+")) {
            throw new IllegalArgumentException(
                    "reference must be at most 80 letters, digits, spaces and . _ / # : -");
        }
        if ((kind == Kind.SUBSTITUTE) != (notifiedOn != null)) {
            throw new IllegalArgumentException("notifiedOn must be given for a substitute letter, and only for it");
        }
    }

    /** An ordinary letter (HL 59 §). */
    public Letter(String reference, PostalAddress recipient, boolean addressProtected, DecisionFile decision) {
        this(reference, recipient, addressProtected, decision, Kind.ORDINARY, null);
    }

    /** Leaves the address out. */
    @Override
    public String toString() {
        return "Letter[reference=" + reference + ", kind=" + kind + ", addressProtected=" + addressProtected
                + ", decision=" + decision + "]";
    }
}
