package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.documents.DecisionContent.Party;
import fi.kanslia.documents.DecisionContent.Publicity;
import fi.kanslia.documents.DecisionContent.PublicityClass;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfaDecisionRendererTest {

    private final PdfaDecisionRenderer renderer = new PdfaDecisionRenderer();

    @Test
    void finnishDecisionIsPdfA3aAndPdfUa1() {
        byte[] pdf = renderer.render(DecisionFixtures.finnishSchoolPlace());

        assertThat(PdfAssertions.assertPdfAConformsToClaim(pdf)).isEqualTo(PDFAFlavour.PDFA_3_A);
        PdfAssertions.assertPdfUa1(pdf);
    }

    @Test
    void swedishConfidentialDecisionIsPdfA3aAndPdfUa1() {
        byte[] pdf = renderer.render(DecisionFixtures.swedishConfidentialSupport());

        assertThat(PdfAssertions.assertPdfAConformsToClaim(pdf)).isEqualTo(PDFAFlavour.PDFA_3_A);
        PdfAssertions.assertPdfUa1(pdf);
    }

    @Test
    void multiPageDecisionConformsAndNumbersEveryPage() {
        byte[] pdf = renderer.render(DecisionFixtures.longFinnish());

        PdfAssertions.assertPdfAConformsToClaim(pdf);
        PdfAssertions.assertPdfUa1(pdf);
        int pages = PdfAssertions.pageCount(pdf);
        assertThat(pages).isGreaterThan(1);
        String text = PdfAssertions.text(pdf);
        for (int page = 1; page <= pages; page++) {
            assertThat(text).contains(page + " (" + pages + ")");
        }
        assertThat(text).contains("Loppu perustelulle.");
        assertThat(countOf(text, "OSITTAIN SALASSA PIDETTÄVÄ (JulkL 24 § 1 mom 30 k)")).isEqualTo(pages);
    }

    @Test
    void headingsAreTaggedForScreenReaders() throws IOException {
        byte[] pdf = renderer.render(DecisionFixtures.finnishSchoolPlace());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            assertThat(root.getStructureType()).isEqualTo("Document");
            List<String> types = root.getKids().stream()
                    .map(kid -> ((PDStructureElement) kid).getStructureType())
                    .toList();
            assertThat(types).containsOnly("H1", "H2", "P", "L");
            assertThat(types.stream().filter("H1"::equals)).hasSize(1);
            assertThat(types.stream().filter("H2"::equals)).hasSize(9);
            assertThat(root.getLanguage()).isEqualTo("fi");
        }
    }

    @Test
    void partiesAndProvisionsAreTaggedAsListsWithLabelsAndBodies() throws IOException {
        byte[] pdf = renderer.render(DecisionFixtures.finnishSchoolPlace());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDStructureElement root = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
                    .getKids().get(0);
            List<PDStructureElement> lists = root.getKids().stream()
                    .map(PDStructureElement.class::cast)
                    .filter(element -> element.getStructureType().equals("L"))
                    .toList();
            assertThat(lists).hasSize(2);
            assertThat(childTypes(lists.get(0))).containsExactly("LI", "LI");
            assertThat(childTypes((PDStructureElement) lists.get(0).getKids().get(0))).containsExactly("LBody");
            assertThat(childTypes(lists.get(1))).containsExactly("LI", "LI");
            assertThat(childTypes((PDStructureElement) lists.get(1).getKids().get(0))).containsExactly("Lbl", "LBody");
        }
    }

    private static List<String> childTypes(PDStructureElement element) {
        return element.getKids().stream()
                .filter(PDStructureElement.class::isInstance)
                .map(kid -> ((PDStructureElement) kid).getStructureType())
                .toList();
    }

    @Test
    void everyRequiredElementOfTheFinnishDecisionIsPrinted() {
        DecisionContent content = DecisionFixtures.finnishSchoolPlace();

        String text = PdfAssertions.text(renderer.render(content));

        assertThat(text).contains(printedElements(content)).contains(
                "Päivämäärä: 12.3.2026", "Asianosaiset", "Perustelut", "Sovelletut säännökset",
                "Oikeudet ja velvollisuudet", "Lisätietoja antaa", "Oikaisuvaatimusohje", "Määräaika: 14 päivää",
                "Julkinen", "1 (1)");
        assertThat(text).doesNotContain("SALASSA PIDETTÄVÄ");
    }

    @Test
    void everyRequiredElementOfTheSwedishDecisionIsPrintedUnderTheConfidentialityMarking() {
        DecisionContent content = DecisionFixtures.swedishConfidentialSupport();

        String text = PdfAssertions.text(renderer.render(content));

        assertThat(text).contains(printedElements(content)).contains(
                "Datum: 1.9.2026", "Parter", "Motivering", "Tillämpade bestämmelser", "Besvärsanvisning",
                "Tidsfrist: 30 dagar", "Mer information ges av");
        assertThat(text).startsWith("SEKRETESSBELAGD (OffentlighetsL 24 § 1 mom 30 p)");
    }

    @Test
    void aLongLegalBasisWrapsInTheMarkingInsteadOfRunningOffThePage() {
        String basis = "JulkL 24 § 1 mom 25 k (sosiaalihuolto ja terveydentila), 29 k (soveltuvuuskokeet), "
                + "30 k (oppilashuolto ja sanalliset arviot) ja 32 k (yksityiselämä)";
        DecisionContent content = new DecisionContentBuilder(DecisionFixtures.longFinnish())
                .publicity(new Publicity(PublicityClass.CONFIDENTIAL, basis));

        byte[] pdf = renderer.render(content);

        PdfAssertions.assertPdfAConformsToClaim(pdf);
        String text = PdfAssertions.text(pdf);
        assertThat(countOf(text, "SALASSA PIDETTÄVÄ (" + basis + ")")).isEqualTo(PdfAssertions.pageCount(pdf));
    }

    @Test
    void metadataNamesTheTitleAndLanguage() throws IOException {
        byte[] pdf = renderer.render(DecisionFixtures.swedishConfidentialSupport());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Beslut om stöd för lärande");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp).contains("Beslut om stöd för lärande", "<pdfaid:part>3</pdfaid:part>",
                    "<pdfaid:conformance>A</pdfaid:conformance>", "<pdfuaid:part>1</pdfuaid:part>");
        }
    }

    @Test
    void markupCharactersInTheTitleStayTextInTheMetadata() throws Exception {
        String title = "Päätös <koulupaikasta> & \"muuta\" {date}";
        DecisionContent content = new DecisionContentBuilder(DecisionFixtures.finnishSchoolPlace()).title(title);

        byte[] pdf = renderer.render(content);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray())
                    .getDublinCoreSchema().getTitle()).isEqualTo(title);
        }
        PdfAssertions.assertPdfAConformsToClaim(pdf);
    }

    @Test
    void charactersTheFontCannotShowAreReplacedInsteadOfFailing() {
        DecisionContent base = DecisionFixtures.finnishSchoolPlace();
        List<Party> parties = new ArrayList<>(base.parties());
        parties.add(new Party("Kanji \u6F22 Tester\u0007", "huoltaja"));
        DecisionContent content = new DecisionContentBuilder(base).parties(parties);

        byte[] pdf = renderer.render(content);

        assertThat(PdfAssertions.text(pdf)).contains("Kanji ? Tester?, huoltaja");
    }

    static String[] printedElements(DecisionContent c) {
        List<String> expected = new ArrayList<>(List.of(
                c.authority().municipality(), c.authority().body(), c.decisionMaker().name(), c.decisionMaker().title(),
                c.caseNumber(), c.title(), c.decision(), c.reasoning(), c.rightsAndObligations(),
                c.contactPerson().name(), c.contactPerson().title(), c.contactPerson().phone(), c.contactPerson().email(),
                c.instruction().authorityName(), c.instruction().postalAddress(), c.instruction().email(),
                c.instruction().periodCounting(), c.instruction().body()));
        c.parties().forEach(party -> expected.add(party.name() + ", " + party.role()));
        expected.addAll(c.provisionsApplied());
        if (c.publicity().isMarked()) {
            expected.add(c.publicity().legalBasis());
        }
        // Line breaks in the content become wraps in the PDF: compare with whitespace collapsed.
        return expected.stream().map(text -> text.replaceAll("\\s+", " ")).toArray(String[]::new);
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
