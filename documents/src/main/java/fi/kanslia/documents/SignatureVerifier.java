package fi.kanslia.documents;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlTimestamp;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Verifies PAdES signatures with EU DSS 6.4 and its default validation policy, offline: trust
 * anchors and CRLs are supplied, nothing is fetched (no AIA, OCSP or CRL download).
 *
 * <p>Stricter than DSS for archival use: any bytes after the signed byte range make the document
 * invalid, even an incremental update that DSS reports only as a warning. Thread-safe.
 */
public final class SignatureVerifier {

    private final List<X509Certificate> trustAnchors;
    private final List<byte[]> crls;
    private final Clock clock;

    public SignatureVerifier(List<X509Certificate> trustAnchors, List<X509CRL> crls) {
        this(trustAnchors, crls, Clock.systemUTC());
    }

    /** @param clock the validation time: DSS judges certificates and revocation data as of this clock */
    public SignatureVerifier(List<X509Certificate> trustAnchors, List<X509CRL> crls, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (trustAnchors == null || trustAnchors.isEmpty()) {
            throw new IllegalArgumentException("At least one trust anchor is required");
        }
        this.trustAnchors = List.copyOf(trustAnchors);
        this.crls = new ArrayList<>();
        for (X509CRL crl : Objects.requireNonNull(crls, "crls")) {
            try {
                this.crls.add(crl.getEncoded());
            } catch (CRLException e) {
                throw new IllegalArgumentException("Unreadable CRL from " + crl.getIssuerX500Principal(), e);
            }
        }
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
            reports = validate(pdf);
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
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean allPassed = true;
        if (ranges.bytesAfterSignedRange() > 0) {
            errors.add("Error: the document was modified after signing: " + ranges.bytesAfterSignedRange()
                    + " bytes follow the signed byte range.");
        }
        for (String id : ids) {
            Indication indication = report.getIndication(id);
            allPassed &= indication == Indication.TOTAL_PASSED;
            String sub = report.getSubIndication(id) == null ? "" : " / " + report.getSubIndication(id);
            notes.add("Signature " + id + ": " + indication + sub + ".");
            report.getAdESValidationErrors(id).forEach(m -> errors.add("Error: " + text(m)));
            report.getAdESValidationWarnings(id).forEach(m -> notes.add("Warning: " + text(m)));
            report.getAdESValidationInfo(id).forEach(m -> notes.add("Info: " + text(m)));
        }
        // The last signature speaks for the document as a whole.
        String last = ids.get(ids.size() - 1);
        List<XmlTimestamp> timestamps = report.getSignatureTimestamps(last);
        Instant signingTime = timestamps.isEmpty() || timestamps.get(0).getProductionTime() == null
                ? null
                : timestamps.get(0).getProductionTime().toInstant();
        List<String> messages = new ArrayList<>(errors);
        messages.addAll(notes);
        return new VerifiedDocument(new VerificationReport(
                allPassed && ranges.bytesAfterSignedRange() == 0,
                report.getSignatureFormat(last) == null ? null : report.getSignatureFormat(last).toString(),
                report.getSignedBy(last),
                signingTime,
                !timestamps.isEmpty(),
                ranges.bytesAfterSignedRange() > 0,
                messages), reports::getXmlValidationReport);
    }

    private Reports validate(byte[] pdf) {
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(crls.isEmpty() ? null
                : new ExternalResourcesCRLSource(crls.stream().map(ByteArrayInputStream::new).toArray(InputStream[]::new)));
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(verifier);
        validator.setValidationTime(Date.from(clock.instant()));
        return validator.validateDocument();
    }

    private static String text(Message message) {
        return message.getValue();
    }
}
