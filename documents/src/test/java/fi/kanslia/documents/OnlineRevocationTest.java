package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Production verification and extension with {@link RevocationSource#online()}: the signing
 * certificate names its CA's CRL distribution point, a real HTTP server on 127.0.0.1 serves the CRL,
 * and a PAdES-BASELINE-T decision (which carries no revocation data of its own) is judged by what
 * the CA publishes at the moment of verification.
 */
class OnlineRevocationTest {

    static final PublishingCa ca = PublishingCa.withCrl();
    static final SignatureVerifier verifier = new SignatureVerifier(List.of(ca.root()), RevocationSource.online());
    static final SignatureExtender extender = new SignatureExtender(List.of(ca.root()), RevocationSource.online(),
            ca.timestamps());
    static final byte[] signed = ca.decisionSignedAt(Instant.now());

    @AfterEach
    void publishNothingRevoked() {
        ca.revokeNothing();
    }

    @AfterAll
    static void stop() {
        ca.close();
    }

    @Test
    void aDecisionWhoseCertificateIsNotRevokedIsValidWithTheCrlFetchedFromTheCa() {
        int downloadsBefore = ca.crlDownloads();

        VerificationReport report = verifier.verify(signed);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.level()).isEqualTo(PadesLevel.BASELINE_T);
        assertThat(report.signerName()).contains("decision signing (test)");
        assertThat(ca.crlDownloads()).as("CRL downloads").isGreaterThan(downloadsBefore);
    }

    @Test
    void theSameDecisionVerifiedOfflineWithoutCrlsIsNotValid() {
        VerificationReport report = new SignatureVerifier(List.of(ca.root()), List.of()).verify(signed);

        assertThat(report.valid()).isFalse();
    }

    @Test
    void aDecisionSignedAfterItsCertificateWasRevokedIsNotValidAndTheReportSaysRevoked() {
        Instant now = Instant.now();
        ca.revokeSigningCertificate(now.minus(Duration.ofMinutes(10)));

        VerificationReport report = verifier.verify(ca.decisionSignedAt(now.minus(Duration.ofMinutes(5))));

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(report.messages().get(0))
                .contains("decision signing (test)")
                .contains("has been revoked")
                .contains("key compromise");
    }

    /**
     * ETSI EN 319 102-1 past signature validation: the signature time stamp proves the decision was
     * signed before the revocation, so it stays valid; the report still tells of the revocation.
     */
    @Test
    void aDecisionSignedBeforeItsCertificateWasRevokedStaysValidAndTheReportTellsOfTheRevocation() {
        Instant now = Instant.now();
        ca.revokeSigningCertificate(now.minus(Duration.ofMinutes(5)));

        VerificationReport report = verifier.verify(ca.decisionSignedAt(now.minus(Duration.ofMinutes(10))));

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.messages()).anyMatch(message -> message.startsWith("Info:")
                && message.contains("was revoked") && message.contains("before the revocation"));
    }

    @Test
    void withTheCaUnreachableADecisionIsNotReportedValidAndTheReportSaysWhy() throws IOException {
        VerificationReport report = verifiedWhileTheCaIsDown(signed);

        assertThat(report.valid()).isFalse();
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(report.messages().get(0))
                .contains("could not be checked")
                .contains("decision signing (test)")
                .contains("check again later");
        VerificationReport later = verifier.verify(signed);
        assertThat(later.valid()).as("%s", later.messages()).isTrue();
    }

    /**
     * The long-term job in production: the extender fetches the CRL into the file, after which the
     * file verifies without the CA (its embedded revocation data is used).
     */
    @Test
    void theExtenderFetchesTheCrlIntoAnLtaFileThatVerifiesWithTheCaUnreachable() throws IOException {
        byte[] lta = extender.extendToLta(signed);
        assertThat(extender.levelOf(lta)).isEqualTo(PadesLevel.BASELINE_LTA);

        VerificationReport report = verifiedWhileTheCaIsDown(lta);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.level()).isEqualTo(PadesLevel.BASELINE_LTA);
        assertThat(report.signingTime()).isEqualTo(verifier.verify(signed).signingTime());
    }

    /**
     * Anyone may upload a file at /verify. A file whose signer does not chain to a trust anchor makes
     * the verifier fetch nothing its certificates name (issuer certificate, CRL), so a crafted file
     * cannot make the server send requests to addresses of the uploader's choosing.
     */
    @Test
    void aFileFromAnUntrustedSignerMakesTheVerifierFetchNothing() {
        SigningCredentials withoutIssuer = new SigningCredentials(ca.signingCredentials().privateKey(),
                List.of(ca.signingCredentials().signerCertificate()));
        DevelopmentPki trustedElsewhere = SignedDecisions.shared().pki();
        byte[] pdf = new PadesSigner(withoutIssuer, trustedElsewhere.timestampAuthority().client()).sign(
                new PdfaDecisionRenderer().render(DecisionFixtures.finnishSchoolPlace()), "Järvenpää", "Päätös");
        int requestsBefore = ca.certificateDownloads() + ca.crlDownloads() + ca.ocspRequests();

        VerificationReport report = new SignatureVerifier(List.of(trustedElsewhere.rootCertificate()),
                RevocationSource.online()).verify(pdf);

        assertThat(report.valid()).isFalse();
        assertThat(report.messages()).anyMatch(message -> message.contains("not trusted"));
        assertThat(ca.certificateDownloads() + ca.crlDownloads() + ca.ocspRequests())
                .as("requests to the addresses in the file's certificates").isEqualTo(requestsBefore);
    }

    @Test
    void theExtenderRefusesADecisionSignedWithARevokedCertificate() {
        Instant now = Instant.now();
        ca.revokeSigningCertificate(now.minus(Duration.ofMinutes(10)));
        byte[] signedWhenRevoked = ca.decisionSignedAt(now.minus(Duration.ofMinutes(5)));

        assertThatThrownBy(() -> extender.extendToLta(signedWhenRevoked))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refused to extend");
    }

    private static VerificationReport verifiedWhileTheCaIsDown(byte[] pdf) throws IOException {
        ca.goDown();
        try {
            return verifier.verify(pdf);
        } finally {
            ca.comeUp();
        }
    }
}
