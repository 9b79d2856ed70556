package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;

/** What an archivist must see: any change to a signed decision makes it not valid. */
class TamperingTest {

    static final SignedDecisions decisions = SignedDecisions.shared();
    static final byte[] signed = decisions.signedFinnishDecision();

    @Test
    void theUntouchedFileIsValid() {
        VerificationReport report = decisions.verifier().verify(signed);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
    }

    @Test
    void aChangedContentByteIsNotValid() {
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "stream\n".getBytes(StandardCharsets.US_ASCII), 0) + 40;
        tampered[at] ^= 0x01;

        VerificationReport report = decisions.verifier().verify(tampered);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(report.messages()).anyMatch(message -> message.startsWith("Error:"));
    }

    @Test
    void aChangedSignatureByteIsNotValid() throws Exception {
        byte[] tampered = signed.clone();
        byte[] signatureValue;
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            signatureValue = new CMSSignedData(signature.getContents(signed))
                    .getSignerInfos().getSigners().iterator().next().getSignature();
        }
        String hex = HexFormat.of().withUpperCase().formatHex(signatureValue);
        int at = indexOf(tampered, hex.getBytes(StandardCharsets.US_ASCII), 0);
        assertThat(at).as("signature value in /Contents").isPositive();
        int digit = at + hex.length() / 2;
        tampered[digit] = (byte) (tampered[digit] == '0' ? '1' : '0');

        VerificationReport report = decisions.verifier().verify(tampered);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isFalse();
    }

    @Test
    void anIncrementalUpdateAfterSigningIsNotValid() throws IOException {
        byte[] updated;
        try (PDDocument document = Loader.loadPDF(signed)) {
            addNote(document, "Hyväksytty");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            updated = out.toByteArray();
        }
        assertThat(updated.length).isGreaterThan(signed.length);

        VerificationReport report = decisions.verifier().verify(updated);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isTrue();
        assertThat(report.messages()).first().asString().contains("modified after signing");
    }

    @Test
    void aChangeSealedWithADocumentTimestampIsStillNotValid() throws IOException {
        byte[] sealed;
        try (PDDocument document = Loader.loadPDF(signed)) {
            addNote(document, "Muutettu allekirjoituksen jälkeen");
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            document.addSignature(timestamp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(decisions.pki().timestampAuthority().client()
                    .timestampToken(external.getContent().readAllBytes()));
            sealed = out.toByteArray();
        }

        VerificationReport report = decisions.verifier().verify(sealed);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isTrue();
    }

    @Test
    void bytesAppendedAfterTheSignatureAreNotValid() {
        byte[] appended = Arrays.copyOf(signed, signed.length + 1);
        appended[signed.length] = '\n';

        VerificationReport report = decisions.verifier().verify(appended);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isTrue();
    }

    @Test
    void aFileThatIsNotAPdfIsNotValid() {
        VerificationReport report = decisions.verifier().verify("not a pdf".getBytes(StandardCharsets.US_ASCII));

        assertThat(report.valid()).isFalse();
        assertThat(report.messages()).containsExactly("The file is not a readable PDF document.");
    }

    /** What a reader's "add comment" does: a printed text annotation on the first page. */
    private static void addNote(PDDocument document, String text) throws IOException {
        PDPage page = document.getPage(0);
        PDAnnotationText note = new PDAnnotationText();
        note.setContents(text);
        note.setRectangle(new PDRectangle(100, 100, 20, 20));
        note.setPrinted(true);
        page.getAnnotations().add(note);
        page.getCOSObject().setNeedToBeUpdated(true);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
