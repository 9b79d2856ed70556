package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an archivist sees when a decision is verified later, with the CRL kept from signing time. */
class VerificationOverTimeTest {

    static final SignedDecisions decisions = SignedDecisions.shared();
    static final byte[] signed = decisions.signedFinnishDecision();

    @Test
    void aYearLaterTheSignatureIsStillValidWithTheOriginalCrl() {
        VerificationReport report = verifierAt(Instant.now().plus(Duration.ofDays(400))).verify(signed);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
    }

    /**
     * Pins a known limit: PAdES-BASELINE-T proves the signing time but carries no validation data, so
     * once the signing certificate has expired DSS cannot conclude. Long-term archival extends the
     * signature to PAdES-BASELINE-LTA with {@link SignatureExtender} (LongTermSignatureTest).
     */
    @Test
    void afterTheSigningCertificateExpiresABaselineTSignatureIsNoLongerConclusive() {
        Instant afterExpiry = decisions.pki().signingCredentials().signerCertificate().getNotAfter().toInstant()
                .plus(Duration.ofDays(30));

        VerificationReport report = verifierAt(afterExpiry).verify(signed);

        assertThat(report.valid()).isFalse();
        assertThat(report.messages()).anyMatch(message -> message.contains("INDETERMINATE"));
    }

    private static SignatureVerifier verifierAt(Instant instant) {
        return new SignatureVerifier(List.of(decisions.pki().rootCertificate()), List.of(decisions.pki().crl()),
                Clock.fixed(instant, ZoneOffset.UTC));
    }
}
