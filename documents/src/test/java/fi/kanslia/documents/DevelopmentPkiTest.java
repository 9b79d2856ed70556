package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevelopmentPkiTest {

    @TempDir
    static Path directory;
    static DevelopmentPki created;

    @BeforeAll
    static void create() {
        created = DevelopmentPki.loadOrCreate(directory, "Järvenpään kaupunki");
    }

    @Test
    void reloadingFromTheDirectoryGivesTheSameCaAndKeys() {
        DevelopmentPki reloaded = DevelopmentPki.loadOrCreate(directory, "ignored when reloading");

        assertThat(reloaded.rootCertificate()).isEqualTo(created.rootCertificate());
        assertThat(reloaded.signingCredentials().certificateChain())
                .isEqualTo(created.signingCredentials().certificateChain());
        assertThat(reloaded.signingCredentials().privateKey()).isEqualTo(created.signingCredentials().privateKey());
        assertThat(reloaded.timestampCertificate()).isEqualTo(created.timestampCertificate());
        assertThat(reloaded.crl().getIssuerX500Principal()).isEqualTo(created.rootCertificate().getSubjectX500Principal());
    }

    @Test
    void anInterruptedCreationIsRedoneInsteadOfReloaded(@TempDir Path fresh) throws Exception {
        Files.writeString(fresh.resolve("signing.p12"), "half-written");

        DevelopmentPki pki = DevelopmentPki.loadOrCreate(fresh, "Närpes stad");

        assertThat(pki.signingCredentials().signerCertificate().getSubjectX500Principal().getName()).contains("Närpes stad");
        assertThat(DevelopmentPki.loadOrCreate(fresh, "Närpes stad").rootCertificate()).isEqualTo(pki.rootCertificate());
    }

    @Test
    void aDecisionSignedBeforeARestartVerifiesAfterIt() {
        byte[] signed = SignedDecisions.in(directory).signedFinnishDecision();

        DevelopmentPki afterRestart = DevelopmentPki.loadOrCreate(directory, "Järvenpään kaupunki");
        SignatureVerifier verifier = new SignatureVerifier(List.of(afterRestart.rootCertificate()),
                List.of(afterRestart.crl()));

        VerificationReport report = verifier.verify(signed);
        assertThat(report.valid()).as("%s", report.messages()).isTrue();
    }

    @Test
    void storesKeysAsPkcs12AndCertificatesAsDerAtRunTime() throws Exception {
        assertThat(directory.resolve("root-ca.p12")).isRegularFile();
        assertThat(directory.resolve("signing.p12")).isRegularFile();
        assertThat(directory.resolve("tsa.p12")).isRegularFile();
        assertThat(directory.resolve("root-ca.cer")).isRegularFile();
        assertThat(directory.resolve("development-ca.crl")).isRegularFile();
        char[] password = Files.readString(directory.resolve("store-password")).trim().toCharArray();

        SigningCredentials fromFile = SigningCredentials.fromPkcs12(directory.resolve("signing.p12"), password, null);

        assertThat(fromFile.signerCertificate()).isEqualTo(created.signingCredentials().signerCertificate());
        assertThatThrownBy(() -> SigningCredentials.fromPkcs12(directory.resolve("signing.p12"), password, "nobody"))
                .hasMessageContaining("nobody");
    }

    @Test
    void certificatesCarryTheUsagesThatPadesAndRfc3161Require() throws Exception {
        X509Certificate root = created.rootCertificate();
        X509Certificate signer = created.signingCredentials().signerCertificate();
        X509Certificate tsa = created.timestampCertificate();

        assertThat(root.getBasicConstraints()).isNotNegative();
        assertThat(((RSAPublicKey) root.getPublicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(signer.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(signer.getKeyUsage()[1]).as("nonRepudiation").isTrue();
        assertThat(signer.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNotNull();
        assertThat(signer.getIssuerX500Principal()).isEqualTo(root.getSubjectX500Principal());
        signer.verify(root.getPublicKey());
        assertThat(tsa.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
        assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
        assertThat(tsa.getExtensionValue(Extension.cRLDistributionPoints.getId())).isNotNull();
        created.crl().verify(root.getPublicKey());
        assertThat(created.crl().getRevokedCertificates()).isNull();
    }
}
