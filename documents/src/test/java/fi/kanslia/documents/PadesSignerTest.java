package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PadesSignerTest {

    static SignedDecisions decisions;
    static byte[] unsigned;
    static byte[] signed;

    @BeforeAll
    static void signOnce() {
        decisions = SignedDecisions.shared();
        unsigned = decisions.renderer().render(DecisionFixtures.swedishConfidentialSupport());
        signed = decisions.signer().sign(unsigned, "Närpes", "Beslut");
    }

    @Test
    void signedDecisionStillConformsToItsPdfAClaimAndPdfUa1() {
        assertThat(PdfAssertions.claimedFlavour(signed)).isEqualTo(PdfAssertions.claimedFlavour(unsigned));
        PdfAssertions.assertPdfAConformsToClaim(signed);
        PdfAssertions.assertPdfUa1(signed);
    }

    @Test
    void dssFindsAValidBaselineTSignatureByTheSigningCertificate() throws Exception {
        Instant before = Instant.now().minus(Duration.ofMinutes(5));

        VerificationReport report = decisions.verifier().verify(signed);

        assertThat(report.valid()).as("%s", report.messages()).isTrue();
        assertThat(report.signatureLevel()).isEqualTo("PAdES-BASELINE-T");
        assertThat(report.signerName()).isEqualTo(commonName(decisions.pki().signingCredentials()));
        assertThat(report.timestampPresent()).isTrue();
        assertThat(report.signingTime()).isBetween(before, Instant.now());
        assertThat(report.modifiedAfterSigning()).isFalse();
    }

    @Test
    void theEtsiValidationReportCanBeArchivedAsEvidence() {
        VerifiedDocument verified = decisions.verifier().verifyWithEvidence(signed);

        assertThat(verified.report().valid()).isTrue();
        assertThat(verified.etsiValidationReportXml()).get().asString()
                .contains("ValidationReport", "urn:etsi:019102:mainindication:total-passed");
        assertThat(decisions.verifier().verifyWithEvidence(unsigned).etsiValidationReportXml()).isEmpty();
    }

    @Test
    void signatureIsAnIncrementalUpdateThatKeepsTheOriginalBytes() {
        assertThat(Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
        assertThat(PdfAssertions.text(signed)).isEqualTo(PdfAssertions.text(unsigned));
    }

    @Test
    void signatureIsCadesDetachedWithSigningCertificateV2TimestampAndNoSigningTime() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            PDAnnotationWidget widget = document.getSignatureFields().get(0).getWidgets().get(0);
            assertThat(widget.isPrinted()).isTrue();
            assertThat(widget.getRectangle().getWidth()).isZero();
            assertThat(widget.getRectangle().getHeight()).isZero();

            SignerInformation signer = new CMSSignedData(signature.getContents(signed))
                    .getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)).isNotNull();
        }
    }

    @Test
    void parallelWorkersCanShareOneRendererSignerAndTimestampAuthority() throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(workers.submit(decisions::signedFinnishDecision));
            }
            for (Future<byte[]> result : results) {
                VerificationReport report = decisions.verifier().verify(result.get(60, TimeUnit.SECONDS));
                assertThat(report.valid()).as("%s", report.messages()).isTrue();
            }
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void signingASignedDocumentIsRefused() {
        assertThatThrownBy(() -> decisions.signer().sign(signed, "Närpes", "Beslut"))
                .isInstanceOf(DocumentAlreadySignedException.class)
                .hasMessageContaining("already signed");
    }

    @Test
    void anUnsignedDocumentIsNotValid() {
        VerificationReport report = decisions.verifier().verify(unsigned);

        assertThat(report.valid()).isFalse();
        assertThat(report.messages()).containsExactly("The document has no signature.");
    }

    @Test
    void aSignatureFromAnUntrustedCaIsNotValid() throws IOException {
        SignatureVerifier trustsOnlyTheTsa = new SignatureVerifier(
                List.of(decisions.pki().timestampCertificate()), List.of(decisions.pki().crl()));

        assertThat(trustsOnlyTheTsa.verify(signed).valid()).isFalse();
    }

    static String commonName(SigningCredentials credentials) throws Exception {
        for (Rdn rdn : new LdapName(credentials.signerCertificate().getSubjectX500Principal().getName()).getRdns()) {
            if (rdn.getType().equals("CN")) {
                return rdn.getValue().toString();
            }
        }
        throw new AssertionError("no CN");
    }
}
