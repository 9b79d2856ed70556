package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;

class DecisionDataTest {

    private final PdfaDecisionRenderer renderer = new PdfaDecisionRenderer();

    @Test
    void jsonRoundTripsToAnEqualDecision() {
        for (DecisionContent content : new DecisionContent[] {DecisionFixtures.finnishSchoolPlace(),
                DecisionFixtures.swedishConfidentialSupport(), DecisionFixtures.longFinnish()}) {
            assertThat(DecisionData.fromJson(DecisionData.toJson(content))).isEqualTo(content);
        }
    }

    @Test
    void jsonFormHasASchemaVersionTagsIsoDatesAndNoDerivedValues() {
        String json = new String(DecisionData.toJson(DecisionFixtures.swedishConfidentialSupport()),
                StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\n  \"schemaVersion\" : 1,\n  \"decision\" : {\n    \"language\" : \"sv\",")
                .contains("\"decisionDate\" : \"2026-09-01\"", "\"kind\" : \"APPEAL\"", "\"periodDays\" : 30",
                        "\"publicityClass\" : \"CONFIDENTIAL\"", "\"legalBasis\" : \"OffentlighetsL 24 § 1 mom 30 p\"")
                .doesNotContain("\"complete\"", "\"marked\"", "missingElements");
    }

    @Test
    void theRenderedDecisionCarriesItsDataAndItRoundTrips() {
        DecisionContent content = DecisionFixtures.finnishSchoolPlace();

        assertThat(DecisionData.extract(renderer.render(content))).isEqualTo(content);
    }

    @Test
    void theSignedDecisionStillCarriesTheSameData() {
        DecisionContent content = DecisionFixtures.swedishConfidentialSupport();
        SignedDecisions decisions = SignedDecisions.shared();

        byte[] signed = decisions.signer().sign(decisions.renderer().render(content), "Närpes", "Beslut");

        assertThat(DecisionData.extract(signed)).isEqualTo(content);
    }

    @Test
    void dataIsAnAssociatedFileOfTheDocumentWithMediaTypeAndParams() throws Exception {
        DecisionContent content = DecisionFixtures.finnishSchoolPlace();
        byte[] json = DecisionData.toJson(content);

        try (PDDocument document = Loader.loadPDF(renderer.render(content))) {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            COSArray associated = catalog.getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(associated.size()).isOne();
            PDComplexFileSpecification spec = new PDComplexFileSpecification((COSDictionary) associated.getObject(0));
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
            assertThat(spec.getFile()).isEqualTo("decision.json");
            assertThat(spec.getFileUnicode()).isEqualTo("decision.json");
            assertThat(spec.getFileDescription()).contains("JSON");
            PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
            assertThat(file.getSubtype()).isEqualTo("application/json");
            assertThat(file.getSize()).isEqualTo(json.length);
            assertThat(file.getModDate()).isNotNull();
            assertThat(file.getCreationDate()).isNotNull();
            COSString checkSum = (COSString) file.getCOSObject().getCOSDictionary(COSName.PARAMS)
                    .getDictionaryObject(COSName.getPDFName("CheckSum"));
            assertThat(checkSum.getBytes()).isEqualTo(MessageDigest.getInstance("MD5").digest(json));
            assertThat(file.toByteArray()).isEqualTo(json);
            assertThat(catalog.getNames().getEmbeddedFiles().getNames().get("decision.json").getCOSObject())
                    .isSameAs(spec.getCOSObject());
        }
    }

    @Test
    void veraPdfChecksTheAssociatedFile() throws IOException {
        byte[] withoutRelationship;
        try (PDDocument document = Loader.loadPDF(renderer.render(DecisionFixtures.finnishSchoolPlace()))) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            ((COSDictionary) associated.getObject(0)).removeItem(COSName.getPDFName("AFRelationship"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            withoutRelationship = out.toByteArray();
        }

        assertThat(PdfAssertions.failedRules(withoutRelationship, PdfAssertions.claimedFlavour(withoutRelationship)))
                .anyMatch(rule -> rule.startsWith("6.8-"));
    }

    @Test
    void anotherSchemaVersionIsRefused() {
        String json = new String(DecisionData.toJson(DecisionFixtures.finnishSchoolPlace()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

        assertThatThrownBy(() -> DecisionData.fromJson(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("schemaVersion 2");
    }

    @Test
    void aFileWithoutDecisionDataIsRefused() throws IOException {
        byte[] plain;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            plain = out.toByteArray();
        }

        assertThatThrownBy(() -> DecisionData.extract(plain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no decision.json");
        assertThatThrownBy(() -> DecisionData.extract("not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
