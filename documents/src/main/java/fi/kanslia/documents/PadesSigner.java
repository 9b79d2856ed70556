package fi.kanslia.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signs a PDF/A document as PAdES-BASELINE-T: SubFilter ETSI.CAdES.detached, an invisible signature
 * widget (Rect 0 0 0 0, Print flag) and an incremental save that leaves the metadata untouched, so
 * the file stays PDF/A-3a. Refuses a document that is already signed. Thread-safe.
 */
public final class PadesSigner {

    static final COSName SUBFILTER = COSName.getPDFName("ETSI.CAdES.detached");
    /** Room for the CMS (signature, two certificates, time-stamp token with its certificates). */
    private static final int SIGNATURE_SIZE = 24 * 1024;

    private final SigningCredentials credentials;
    private final CadesSignatureBuilder cades;
    private final Clock clock;

    public PadesSigner(SigningCredentials credentials, TimestampClient timestamps) {
        this(credentials, timestamps, Clock.systemUTC());
    }

    public PadesSigner(SigningCredentials credentials, TimestampClient timestamps, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.cades = new CadesSignatureBuilder(credentials, Objects.requireNonNull(timestamps, "timestamps"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param pdfa           the unsigned PDF/A document
     * @param signerLocation e.g. the municipality, shown as the signature's /Location
     * @param reason         e.g. "Päätös", shown as the signature's /Reason
     * @return the signed document: the original bytes followed by the signature revision
     * @throws DocumentAlreadySignedException when the document already has a signature
     * @throws TimestampException             when no time stamp can be obtained
     */
    public byte[] sign(byte[] pdfa, String signerLocation, String reason) {
        Objects.requireNonNull(pdfa, "pdfa");
        try (PDDocument document = Loader.loadPDF(pdfa)) {
            List<PDSignature> existing = document.getSignatureDictionaries();
            if (!existing.isEmpty()) {
                throw new DocumentAlreadySignedException(existing.size());
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(SUBFILTER);
            signature.setName(commonName());
            signature.setLocation(signerLocation);
            signature.setReason(reason);
            signature.setSignDate(now());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdfa.length + 2 * SIGNATURE_SIZE + 4096);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SIZE);
                document.addSignature(signature, options);
                printWidgets(document, signature);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                external.setSignature(cades.sign(external.getContent().readAllBytes()));
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Signing the document failed", e);
        }
    }

    /** PDF/A requires the Print flag on every annotation, the invisible signature widget included. */
    private static void printWidgets(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getSignature() != null
                    && field.getSignature().getCOSObject() == signature.getCOSObject()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                    widget.getCOSObject().setNeedToBeUpdated(true);
                }
            }
        }
    }

    private Calendar now() {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(clock.millis());
        return calendar;
    }

    private String commonName() {
        String subject = credentials.signerCertificate().getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return subject;
        }
        return subject;
    }
}
