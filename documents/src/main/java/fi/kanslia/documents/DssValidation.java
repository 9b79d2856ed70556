package fi.kanslia.documents;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.spi.validation.CertificateVerifier;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Runs EU DSS's validation of a PDF with its default policy. */
final class DssValidation {

    private DssValidation() {
    }

    static Reports validate(byte[] pdf, CertificateVerifier certificates, Instant validationTime) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        validator.setCertificateVerifier(certificates);
        validator.setValidationTime(Date.from(validationTime));
        return validator.validateDocument();
    }

    /** The last signature in DSS's order (document time stamps are not signatures), or null. */
    static SignatureWrapper lastSignature(Reports reports) {
        List<SignatureWrapper> signatures = reports.getDiagnosticData().getSignatures();
        return signatures.isEmpty() ? null : signatures.get(signatures.size() - 1);
    }
}
