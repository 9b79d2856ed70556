package fi.kanslia.messages;

import java.util.Objects;

/**
 * One ordinary letter (HL 59 §): the signed decision to one party.
 *
 * @param reference        our reference printed on the cover and listed in the manifest, e.g. the case number and
 *                         the notice id; no personal data
 * @param recipient        the postal address printed in the envelope window
 * @param addressProtected the party's address is protected (turvakielto): it appears on the cover for the envelope
 *                         window only, and the manifest says the letter is protected and carries no address data
 * @param decision         the signed decision, delivered byte for byte as signed
 */
public record Letter(String reference, PostalAddress recipient, boolean addressProtected, DecisionFile decision) {

    public Letter {
        PostalAddress.requireText(reference, "reference");
        Objects.requireNonNull(recipient, "recipient must be given");
        Objects.requireNonNull(decision, "decision must be given");
        if (reference.length() > 80 || !reference.matches("[\\p{L}\\p{N} ._/#:-]+")) {
            throw new IllegalArgumentException(
                    "reference must be at most 80 letters, digits, spaces and . _ / # : -");
        }
    }

    /** Leaves the address out. */
    @Override
    public String toString() {
        return "Letter[reference=" + reference + ", addressProtected=" + addressProtected + ", decision="
                + decision + "]";
    }
}
