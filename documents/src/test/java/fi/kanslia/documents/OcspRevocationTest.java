package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Online verification against a CA whose certificates name an OCSP responder (besides a CRL
 * distribution point): the responder on 127.0.0.1 answers for the signing certificate, and its
 * answer decides.
 */
class OcspRevocationTest {

    static final PublishingCa ca = PublishingCa.withOcspAndCrl();
    static final SignatureVerifier verifier = new SignatureVerifier(List.of(ca.root()), RevocationSource.online());

    @AfterAll
    static void stop() {
        ca.close();
    }

    @Test
    void aDecisionIsValidWhenTheOcspResponderAnswersGood() {
        byte[] signed = ca.decisionSignedAt(Instant.now());
        int requestsBefore = ca.ocspRequests();

        VerificationReport report = verifier.verify(signed);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(ca.ocspRequests()).as("OCSP requests").isGreaterThan(requestsBefore);
    }

    @Test
    void aDecisionIsNotValidWhenTheOcspResponderAnswersRevoked() {
        Instant now = Instant.now();
        ca.revokeSigningCertificate(now.minus(Duration.ofMinutes(10)));
        try {
            VerificationReport report = verifier.verify(ca.decisionSignedAt(now.minus(Duration.ofMinutes(5))));

            assertThat(report.valid()).isFalse();
            assertThat(report.messages().get(0)).contains("has been revoked");
        } finally {
            ca.revokeNothing();
        }
    }
}
