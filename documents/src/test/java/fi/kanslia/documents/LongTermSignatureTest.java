package fi.kanslia.documents;

import static fi.kanslia.documents.IncrementalEdits.addNote;
import static fi.kanslia.documents.IncrementalEdits.incrementally;
import static fi.kanslia.documents.IncrementalEdits.withDocumentTimestamp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long-term signatures for the archive: a PAdES-BASELINE-T decision extended to -LTA stays valid
 * for the verifier, years later too, while anything but validation data and document time stamps
 * added after the signature still makes it "modified after signing".
 */
class LongTermSignatureTest {

    static final SignedDecisions decisions = SignedDecisions.shared();
    static final byte[] signed = decisions.signedFinnishDecision();
    static final byte[] lta = decisions.extender().extendToLta(signed);

    @Test
    void aBaselineTDecisionIsExtendedToLtaWithoutTouchingTheSignedRevision() {
        assertThat(decisions.extender().levelOf(signed)).isEqualTo(PadesLevel.BASELINE_T);

        assertThat(decisions.extender().levelOf(lta)).isEqualTo(PadesLevel.BASELINE_LTA);
        assertThat(lta.length).isGreaterThan(signed.length);
        assertThat(Arrays.copyOf(lta, signed.length)).isEqualTo(signed);
    }

    @Test
    void theLtaFileVerifiesValidWithTheSameSignerAndSigningTime() {
        VerificationReport before = decisions.verifier().verify(signed);

        VerificationReport after = decisions.verifier().verify(lta);

        assertThat(after.valid()).as("%s", after.messages()).isTrue();
        assertThat(after.modifiedAfterSigning()).isFalse();
        assertThat(after.level()).isEqualTo(PadesLevel.BASELINE_LTA);
        assertThat(after.signatureLevel()).isEqualTo("PAdES-BASELINE-LTA");
        assertThat(before.level()).isEqualTo(PadesLevel.BASELINE_T);
        assertThat(after.signerName()).isEqualTo(before.signerName()).isNotBlank();
        assertThat(after.signingTime()).isEqualTo(before.signingTime()).isNotNull();
        assertThat(after.timestampPresent()).isTrue();
    }

    @Test
    void theLtaFileIsStillPdfAWithItsEmbeddedData() {
        PdfAssertions.assertPdfAConformsToClaim(lta);
        assertThat(DecisionData.extract(lta)).isEqualTo(DecisionFixtures.finnishSchoolPlace());
    }

    /** Decision: extending a current LTA file again is a no-op, so the nightly job can run over everything. */
    @Test
    void extendingAnLtaFileAgainChangesNothing() {
        assertThat(decisions.extender().extendToLta(lta)).isEqualTo(lta);
    }

    /** When the archive time stamp's authority certificate nears expiry, the archive time stamp is renewed. */
    @Test
    void theArchiveTimestampIsRenewedBeforeItsCertificateExpires() {
        Instant nearExpiry = decisions.pki().timestampCertificate().getNotAfter().toInstant().minus(Duration.ofDays(30));
        byte[] renewed = extenderAt(nearExpiry, decisions.pki().timestampAuthority().client()).extendToLta(lta);

        assertThat(renewed.length).isGreaterThan(lta.length);
        assertThat(Arrays.copyOf(renewed, lta.length)).isEqualTo(lta);
        assertThat(SignedRanges.of(renewed).laterDocumentTimestamps()).hasSize(2);
        VerificationReport report = decisions.verifier().verify(renewed);
        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.level()).isEqualTo(PadesLevel.BASELINE_LTA);
    }

    /**
     * A renewal with the same TSA, whose certificate is as near its end, would be due again the next
     * night: at most one renewal a month keeps the file from growing nightly.
     */
    @Test
    void aRenewalWithTheSameExpiringAuthorityIsNotRepeatedTheNextNight() {
        Instant nearExpiry = decisions.pki().timestampCertificate().getNotAfter().toInstant().minus(Duration.ofDays(30));
        TimestampClient sameAuthorityThen = new LocalTimestampAuthority(decisions.pki().timestampCredentials(),
                Clock.fixed(nearExpiry, ZoneOffset.UTC)).client();
        byte[] renewed = extenderAt(nearExpiry, sameAuthorityThen).extendToLta(lta);
        assertThat(renewed.length).isGreaterThan(lta.length);

        byte[] nextNight = extenderAt(nearExpiry.plus(Duration.ofDays(1)), sameAuthorityThen).extendToLta(renewed);
        byte[] nextMonth = extenderAt(nearExpiry.plus(Duration.ofDays(31)), sameAuthorityThen).extendToLta(renewed);

        assertThat(nextNight).isEqualTo(renewed);
        assertThat(nextMonth.length).isGreaterThan(renewed.length);
    }

    private static SignatureExtender extenderAt(Instant instant, TimestampClient timestamps) {
        return new SignatureExtender(List.of(decisions.pki().rootCertificate()),
                RevocationSource.offline(List.of(decisions.pki().crl())), timestamps,
                Clock.fixed(instant, ZoneOffset.UTC), SignatureExtender.DEFAULT_RENEWAL_MARGIN);
    }

    @Test
    void anUnsignedFileCannotBeExtended() {
        byte[] unsigned = decisions.renderer().render(DecisionFixtures.finnishSchoolPlace());

        assertThat(decisions.extender().levelOf(unsigned)).isEqualTo(PadesLevel.NONE);
        assertThatThrownBy(() -> decisions.extender().extendToLta(unsigned)).isInstanceOf(IllegalArgumentException.class);
    }

    /** DSS's alert on missing revocation data stays on: no LTA file without the CRLs it needs. */
    @Test
    void withoutReachableRevocationDataTheExtensionIsRefused() {
        SignatureExtender online = new SignatureExtender(List.of(decisions.pki().rootCertificate()),
                RevocationSource.online(), decisions.pki().timestampAuthority().client());

        assertThatThrownBy(() -> online.extendToLta(signed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused to extend");
    }

    @Test
    void withoutATimestampTheExtensionFailsWithTheTimestampError() {
        TimestampClient unreachable = new TimestampClient() {
            @Override
            public byte[] timestampToken(byte[] data) {
                return timestampTokenForSha256(data);
            }

            @Override
            public byte[] timestampTokenForSha256(byte[] sha256Digest) {
                throw new TimestampException("Time-stamping authority unreachable");
            }
        };
        SignatureExtender extender = new SignatureExtender(List.of(decisions.pki().rootCertificate()),
                RevocationSource.offline(List.of(decisions.pki().crl())), unreachable);

        assertThatThrownBy(() -> extender.extendToLta(signed))
                .isInstanceOf(TimestampException.class)
                .hasMessageContaining("unreachable");
    }

    @ParameterizedTest(name = "{0}, then {1}")
    @MethodSource("tamperings")
    void aFileChangedAfterSigningOrExtensionIsNotValid(byte[] file, Tampering tampering) throws IOException {
        byte[] tampered = tampering.apply(file);
        assertThat(tampered.length).isGreaterThan(file.length);

        VerificationReport report = decisions.verifier().verify(tampered);

        assertThat(report.valid()).as("%s", report.messages()).isFalse();
        assertThat(report.modifiedAfterSigning()).isTrue();
        assertThat(report.messages()).first().asString().contains("modified after signing");
    }

    /** Each tampering on the PAdES-BASELINE-T file and on its LTA extension. */
    static Stream<Arguments> tamperings() {
        return baselineTAndLta().flatMap(file -> namedTamperings().map(tampering -> Arguments.of(file, tampering)));
    }

    private static Stream<Named<Tampering>> namedTamperings() {
        return Stream.of(
                Named.of("page content drawn over", LongTermSignatureTest::drawOnFirstPage),
                Named.of("a new annotation", pdf -> incrementally(pdf, document -> addNote(document, "Huomautus"))),
                Named.of("a metadata change", LongTermSignatureTest::changeMetadata),
                Named.of("a new page", pdf -> incrementally(pdf, document -> {
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    document.getPages().getCOSObject().setNeedToBeUpdated(true);
                })),
                Named.of("a moved signature widget", LongTermSignatureTest::moveSignatureWidget),
                Named.of("a note sealed with a document time stamp", pdf -> withDocumentTimestamp(pdf,
                        decisions.pki().timestampAuthority().client(), document -> addNote(document, "Muutettu"))),
                Named.of("a visible document time stamp", pdf -> withDocumentTimestamp(pdf,
                        decisions.pki().timestampAuthority().client(), document -> { },
                        LongTermSignatureTest::showLastSignatureWidget)),
                Named.of("bytes appended", pdf -> {
                    byte[] appended = Arrays.copyOf(pdf, pdf.length + 2);
                    appended[pdf.length] = '%';
                    appended[pdf.length + 1] = '\n';
                    return appended;
                }));
    }

    @ParameterizedTest
    @MethodSource("baselineTAndLta")
    void aDocumentTimestampAddedByAnotherToolIsAccepted(byte[] pdf) throws IOException {
        byte[] stamped = withDocumentTimestamp(pdf, decisions.pki().timestampAuthority().client(), document -> { });

        VerificationReport report = decisions.verifier().verify(stamped);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(report.signingTime()).isEqualTo(decisions.verifier().verify(signed).signingTime());
    }

    static Stream<Named<byte[]>> baselineTAndLta() {
        return Stream.of(Named.of("PAdES-BASELINE-T", signed), Named.of("PAdES-BASELINE-LTA", lta));
    }

    /**
     * Years later, after the signing certificate (and the development TSA's, issued alongside it) has
     * expired: the archive time stamp was renewed before then by an authority whose certificate is
     * still valid, and the archivist verifies with that authority's current CRL. VerificationOverTimeTest
     * shows that a PAdES-BASELINE-T file is no longer conclusive at that time.
     */
    @Test
    void yearsLaterTheRenewedLtaFileIsStillValid() throws Exception {
        Instant signerExpiry = decisions.pki().signingCredentials().signerCertificate().getNotAfter().toInstant();
        Instant renewal = signerExpiry.minus(Duration.ofDays(60));
        Instant verification = signerExpiry.plus(Duration.ofDays(30));
        LaterAuthority later = LaterAuthority.issuedAt(renewal.minus(Duration.ofDays(30)), renewal);
        SignatureExtender renewing = new SignatureExtender(
                List.of(decisions.pki().rootCertificate(), later.root()),
                RevocationSource.offline(List.of(decisions.pki().crl(), later.crlAt(renewal))), later.client(),
                Clock.fixed(renewal, ZoneOffset.UTC), SignatureExtender.DEFAULT_RENEWAL_MARGIN);
        byte[] renewed = renewing.extendToLta(lta);
        assertThat(renewed.length).isGreaterThan(lta.length);
        SignatureVerifier archivist = new SignatureVerifier(List.of(decisions.pki().rootCertificate(), later.root()),
                List.of(decisions.pki().crl(), later.crlAt(verification.minus(Duration.ofDays(1)))),
                Clock.fixed(verification, ZoneOffset.UTC));

        VerificationReport report = archivist.verify(renewed);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.level()).isEqualTo(PadesLevel.BASELINE_LTA);
        assertThat(report.signingTime()).isEqualTo(decisions.verifier().verify(signed).signingTime());
    }

    /**
     * Pins why renewal matters: once the certificate of the authority behind the newest archive time
     * stamp has expired too, nothing proves the file existed while the certificates were valid.
     */
    @Test
    void anLtaFileWhoseArchiveTimestampWasNotRenewedIsNotConclusiveOnceAllCertificatesExpired() {
        Instant afterExpiry = decisions.pki().timestampCertificate().getNotAfter().toInstant().plus(Duration.ofDays(30));
        SignatureVerifier archivist = new SignatureVerifier(List.of(decisions.pki().rootCertificate()),
                List.of(decisions.pki().crl()), Clock.fixed(afterExpiry, ZoneOffset.UTC));

        VerificationReport report = archivist.verify(lta);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(report.messages()).anyMatch(message -> message.contains("INDETERMINATE"));
    }

    /** Another time-stamping authority, under its own root, whose certificate is issued years from now. */
    private record LaterAuthority(X509Certificate root, KeyPair rootKeys, LocalTimestampAuthority authority) {

        static LaterAuthority issuedAt(Instant issued, Instant clock) throws GeneralSecurityException {
            KeyPair rootKeys = DevelopmentCertificates.rsa3072();
            X509Certificate root = DevelopmentCertificates.rootCa(rootKeys,
                    DevelopmentCertificates.name("Later time-stamping root", "Järvenpään kaupunki"), Instant.now());
            KeyPair tsaKeys = DevelopmentCertificates.rsa3072();
            X509Certificate tsa = DevelopmentCertificates.timestamping(tsaKeys.getPublic(),
                    DevelopmentCertificates.name("Later time-stamping", "Järvenpään kaupunki"), root, rootKeys, issued);
            return new LaterAuthority(root, rootKeys, new LocalTimestampAuthority(
                    new SigningCredentials(tsaKeys.getPrivate(), List.of(tsa, root)), Clock.fixed(clock, ZoneOffset.UTC)));
        }

        TimestampClient client() {
            return authority.client();
        }

        X509CRL crlAt(Instant issued) throws GeneralSecurityException {
            return DevelopmentCertificates.crl(root, rootKeys, issued);
        }
    }

    interface Tampering {
        byte[] apply(byte[] pdf) throws IOException;
    }

    private static byte[] drawOnFirstPage(byte[] pdf) throws IOException {
        return incrementally(pdf, document -> {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.addRect(60, 400, 300, 40);
                content.fill();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
        });
    }

    private static byte[] changeMetadata(byte[] pdf) throws IOException {
        return incrementally(pdf, document -> {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("</dc:title>");
            String changed = xmp.replaceFirst("(<dc:title>.*?<rdf:li[^>]*>)", "$1Muutettu: ");
            assertThat(changed).isNotEqualTo(xmp);
            document.getDocumentCatalog().setMetadata(new PDMetadata(document,
                    new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8))));
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
    }

    /** Gives the newest signature field's widget a place on the page: what a visible time stamp would paint in. */
    private static void showLastSignatureWidget(PDDocument document) {
        List<PDSignatureField> fields = document.getSignatureFields();
        placeOnPage(fields.get(fields.size() - 1));
    }

    private static byte[] moveSignatureWidget(byte[] pdf) throws IOException {
        return incrementally(pdf, document -> placeOnPage(document.getSignatureFields().get(0)));
    }

    private static void placeOnPage(PDSignatureField field) {
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(new PDRectangle(300, 300, 200, 60));
        widget.getCOSObject().setNeedToBeUpdated(true);
    }
}
