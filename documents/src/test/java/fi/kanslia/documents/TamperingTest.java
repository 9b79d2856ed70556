package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
        byte[] updated = IncrementalEdits.incrementally(signed, document -> IncrementalEdits.addNote(document, "Hyväksytty"));
        assertThat(updated.length).isGreaterThan(signed.length);

        VerificationReport report = decisions.verifier().verify(updated);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isTrue();
        assertThat(report.messages()).first().asString().contains("modified after signing");
    }

    @Test
    void aChangeSealedWithADocumentTimestampIsStillNotValid() throws IOException {
        byte[] sealed = IncrementalEdits.withDocumentTimestamp(signed, decisions.pki().timestampAuthority().client(),
                document -> IncrementalEdits.addNote(document, "Muutettu allekirjoituksen jälkeen"));

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
