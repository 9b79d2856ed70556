package fi.kanslia.documents;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Verifies PAdES signatures with EU DSS 6.4 and its default validation policy. Trust anchors are
 * supplied; revocation data comes from a {@link RevocationSource}: offline, from CRLs given here
 * (nothing is fetched: the development PKI, tests), or online, from the CRL distribution points and
 * OCSP responders named in the certificates that chain to a trust anchor (production, where a real
 * CA's PAdES-BASELINE-T signature carries no revocation data of its own). Issuer certificates are
 * never downloaded (AIA), even online: the file may come from anyone, and its own certificates must
 * not choose where the verifier sends requests.
 *
 * <p>Stricter than DSS for archival use: a revision after the last signature makes the document
 * "modified after signing" and not valid, even where DSS only warns, unless it merely extends the
 * signature for the long term, i.e. adds validation data (/DSS, /VRI) or document time stamps and
 * the objects these need ({@link ExtensionRevisions} has the exact rule). So a PAdES-BASELINE-LTA
 * file from {@link SignatureExtender} is valid, and an annotation, a content or metadata change,
 * a new page or a changed widget after the signature is not. The validation data embedded in the
 * file is used besides the revocation source. Thread-safe.
 */
public final class SignatureVerifier {

    private final List<X509Certificate> trustAnchors;
    private final RevocationSource revocation;
    private final Clock clock;

    /** Offline: revocation data only from {@code crls} and from the file itself. */
    public SignatureVerifier(List<X509Certificate> trustAnchors, List<X509CRL> crls) {
        this(trustAnchors, RevocationSource.offline(crls), Clock.systemUTC());
    }

    /**
     * Offline, at a given validation time.
     *
     * @param clock the validation time: DSS judges certificates and revocation data as of this clock
     */
    public SignatureVerifier(List<X509Certificate> trustAnchors, List<X509CRL> crls, Clock clock) {
        this(trustAnchors, RevocationSource.offline(crls), clock);
    }

    /**
     * @param revocation {@link RevocationSource#offline} or {@link RevocationSource#online()}; the
     *                   revocation data embedded in the file (LT/LTA) is used in either case
     */
    public SignatureVerifier(List<X509Certificate> trustAnchors, RevocationSource revocation) {
        this(trustAnchors, revocation, Clock.systemUTC());
    }

    /** @param clock the validation time: DSS judges certificates and revocation data as of this clock */
    public SignatureVerifier(List<X509Certificate> trustAnchors, RevocationSource revocation, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (trustAnchors == null || trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is required");
        }
        this.trustAnchors = List.copyOf(trustAnchors);
        this.revocation = Objects.requireNonNull(revocation, "revocation");
    }

    /** Verifies the document's signatures; see the class comment for what counts as valid. */
    public VerificationReport verify(byte[] pdf) {
        return evaluate(pdf).report();
    }

    /**
     * Verifies like {@link #verify(byte[])} and also returns DSS's ETSI TS 119 102-2 validation
     * report as XML, to be archived with the record as evidence of the verification.
     */
    public VerifiedDocument verifyWithEvidence(byte[] pdf) {
        return evaluate(pdf);
    }

    private VerifiedDocument evaluate(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        SignedRanges ranges = SignedRanges.of(pdf);
        if (ranges.unreadable()) {
            return VerifiedDocument.without(VerificationReport.invalid("The file is not a readable PDF document."));
        }
        if (ranges.signatureCount() == 0) {
            return VerifiedDocument.without(VerificationReport.invalid("The document has no signature."));
        }
        Reports reports;
        try {
            CommonCertificateVerifier certificates = revocation.certificateVerifier(trustAnchors);
            // The file may come from anyone (the public verification page): no download of issuer
            // certificates from addresses its certificates name (AIA). Revocation data is fetched only
            // for chains that reach a trust anchor (DSS's default), i.e. from addresses our CAs chose.
            certificates.setAIASource(null);
            reports = DssValidation.validate(pdf, certificates, clock.instant());
        } catch (RuntimeException e) {
            // DSS throws on structurally broken signatures; for the archivist that is simply not valid.
            return VerifiedDocument.without(
                    VerificationReport.invalid("The signature could not be validated: " + e.getMessage()));
        }
        SimpleReport report = reports.getSimpleReport();
        List<String> ids = report.getSignatureIdList();
        if (ids.isEmpty()) {
            return VerifiedDocument.without(VerificationReport.invalid("No signature could be read from the document."));
        }
        // The last signature speaks for the document as a whole.
        String last = ids.get(ids.size() - 1);
        SignatureWrapper lastSignature = reports.getDiagnosticData().getSignatureById(last);
        ExtensionRevisions.Finding later = ExtensionRevisions.judge(pdf, ranges, lastSignature);
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean allPassed = true;
        if (later.changed()) {
            errors.add("Error: the document was modified after signing: " + String.join("; ", later.reasons()) + ".");
        } else if (ranges.bytesAfterSignedRange() > 0) {
            notes.add("Info: the revisions after the signature only add validation data and document time stamps.");
        }
        // DSS's messages do not say that a certificate was revoked or that its status could not be fetched.
        boolean lastPassed = report.getIndication(last) == Indication.TOTAL_PASSED;
        (lastPassed ? notes : errors).addAll(RevocationFindings.of(lastSignature, lastPassed));
        for (String id : ids) {
            Indication indication = report.getIndication(id);
            allPassed &= indication == Indication.TOTAL_PASSED;
            String sub = report.getSubIndication(id) == null ? "" : " / " + report.getSubIndication(id);
            notes.add("Signature " + id + ": " + indication + sub + ".");
            report.getAdESValidationErrors(id).forEach(m -> errors.add("Error: " + text(m)));
            report.getAdESValidationWarnings(id).forEach(m -> notes.add("Warning: " + text(m)));
            report.getAdESValidationInfo(id).forEach(m -> notes.add("Info: " + text(m)));
        }
        List<TimestampWrapper> signatureTimestamps = lastSignature == null ? List.of()
                : lastSignature.getTimestampListByType(TimestampType.SIGNATURE_TIMESTAMP);
        Instant signingTime = signatureTimestamps.stream()
                .map(TimestampWrapper::getProductionTime)
                .filter(Objects::nonNull)
                .map(Date::toInstant)
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<String> messages = new ArrayList<>(errors);
        messages.addAll(notes);
        return new VerifiedDocument(new VerificationReport(
                allPassed && !later.changed(),
                report.getSignatureFormat(last) == null ? null : report.getSignatureFormat(last).toString(),
                report.getSignedBy(last),
                signingTime,
                !signatureTimestamps.isEmpty(),
                later.changed(),
                messages), reports::getXmlValidationReport);
    }

    private static String text(Message message) {
        return message.getValue();
    }
}
