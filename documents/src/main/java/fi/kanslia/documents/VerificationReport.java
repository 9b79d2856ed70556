package fi.kanslia.documents;

import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of verifying a signed decision, for archivists and the audit log.
 *
 * @param valid                 true only when every signature is valid under the EU DSS default policy
 *                              and nothing but validation data and document time stamps was added to the
 *                              file after the last signature
 * @param signatureLevel        e.g. "PAdES-BASELINE-T" or "PAdES-BASELINE-LTA"; null when no signature was found
 * @param signerName            the signer's name as in the signing certificate; null when unknown
 * @param signingTime           the time of the signature time stamp; null without a time stamp
 * @param timestampPresent      whether the signature carries an RFC 3161 signature time stamp
 * @param modifiedAfterSigning  whether something other than long-term validation data and document time
 *                              stamps was added to the file after the last signature
 * @param messages              human-readable findings in English, errors first
 */
public record VerificationReport(
        boolean valid,
        String signatureLevel,
        String signerName,
        Instant signingTime,
        boolean timestampPresent,
        boolean modifiedAfterSigning,
        List<String> messages) {

    public VerificationReport {
        messages = List.copyOf(messages);
    }

    static VerificationReport invalid(String message) {
        return new VerificationReport(false, null, null, null, false, false, List.of(message));
    }

    /** {@link #signatureLevel} as a {@link PadesLevel}. */
    public PadesLevel level() {
        if (signatureLevel == null) {
            return PadesLevel.NONE;
        }
        try {
            return PadesLevel.of(SignatureLevel.valueOf(signatureLevel.replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return PadesLevel.NOT_BASELINE;
        }
    }

    public Optional<Instant> signingTimeIfKnown() {
        return Optional.ofNullable(signingTime);
    }
}
