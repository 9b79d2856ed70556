package fi.kanslia.messages;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * The manifest of a letter batch ({@code manifest.json}): what the printing service prints and in which order.
 *
 * @param format     {@code kanslia-letter-batch/2} (version 2 added each letter's {@code kind}: a printing service
 *                   built for version 1 would send a letter against proof of receipt as an ordinary one)
 * @param batchId    the batch (and directory) name
 * @param sentOn     the date of sending printed on the covers
 * @param letterCount how many letters (envelopes)
 * @param letters    the letters in printing order
 */
public record BatchManifest(String format, String batchId, LocalDate sentOn, int letterCount, List<Entry> letters) {

    public BatchManifest {
        letters = List.copyOf(letters);
    }

    /**
     * One letter, one envelope.
     *
     * @param sequence         1, 2, …; also the prefix of its file names
     * @param reference        our reference; a receipt of the postal service names it
     * @param kind             {@code ORDINARY} (HL 59 §), {@code PROOF_OF_RECEIPT} (HL 60 §: send as a registered
     *                         letter with a proof of receipt, whose return names the reference) or {@code SUBSTITUTE}
     *                         (HL 61 §: an ordinary letter)
     * @param files            the files to print into this envelope, in order: the cover, then the decision
     * @param coverPages       pages of the cover (1)
     * @param decisionPages    pages of the decision
     * @param decisionSha256   the SHA-256 of the decision file, as signed
     * @param addressProtected the address is protected (turvakielto): handle the letter as confidential; the
     *                         manifest has no address data for it
     * @param zipCode          the postal code, for sorting; absent when the address is protected
     * @param countryCode      ISO 3166-1 alpha-2; absent when the address is protected
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int sequence, String reference, Letter.Kind kind, List<String> files, int coverPages,
                        int decisionPages, String decisionSha256, boolean addressProtected, String zipCode,
                        String countryCode) {

        public Entry {
            files = List.copyOf(files);
        }
    }
}
