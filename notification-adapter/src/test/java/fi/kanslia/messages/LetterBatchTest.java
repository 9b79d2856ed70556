package fi.kanslia.messages;

import static fi.kanslia.messages.TestDeliveries.GUARDIAN_ADDRESS;
import static fi.kanslia.messages.TestDeliveries.MUNICIPALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterBatchTest {

    private static final LocalDate SENT_ON = LocalDate.of(2026, 3, 2);
    private static final PostalAddress PROTECTED =
            PostalAddress.finnish("Korhonen Aino", "Salainen polku 7", "33100", "TAMPERE");

    @TempDir
    Path out;

    private static LetterBatch batch() {
        return new LetterBatch("letters-2026-03-02", MUNICIPALITY, SENT_ON);
    }

    @Test
    void eachLetterIsACoverThenTheUnchangedSignedDecisionInPrintingOrder() throws Exception {
        DecisionFile first = TestDeliveries.decision("paatos-1.pdf", 3);
        DecisionFile second = TestDeliveries.decision("paatos-2.pdf", 1);

        BatchManifest manifest = batch()
                .add(new Letter("KASV/12/2026 #1", GUARDIAN_ADDRESS, false, first))
                .add(new Letter("KASV/13/2026 #1", PROTECTED, true, second))
                .writeTo(out);

        Path dir = out.resolve("letters-2026-03-02");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "0001-1-cover.pdf", "0001-2-decision.pdf", "0002-1-cover.pdf", "0002-2-decision.pdf",
                    "manifest.json");
        }
        assertThat(Files.readAllBytes(dir.resolve("0001-2-decision.pdf"))).isEqualTo(first.pdf());
        assertThat(Files.readAllBytes(dir.resolve("0002-2-decision.pdf"))).isEqualTo(second.pdf());
        assertThat(manifest.letters()).extracting(BatchManifest.Entry::reference, BatchManifest.Entry::decisionPages)
                .containsExactly(tuple("KASV/12/2026 #1", 3),
                        tuple("KASV/13/2026 #1", 1));
        assertThat(manifest.letters().getFirst().files()).containsExactly("0001-1-cover.pdf", "0001-2-decision.pdf");
        assertThat(manifest.letters().getFirst().decisionSha256()).isEqualTo(sha256(first.pdf()));

        JsonNode written = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(written.path("format").asText()).isEqualTo("kanslia-letter-batch/2");
        assertThat(written.path("letters").get(0).path("kind").asText()).isEqualTo("ORDINARY");
        assertThat(written.path("sentOn").asText()).isEqualTo("2026-03-02");
        assertThat(written.path("letterCount").asInt()).isEqualTo(2);
        assertThat(written.path("letters").get(1).path("files").get(1).asText()).isEqualTo("0002-2-decision.pdf");
    }

    @Test
    void theCoverShowsTheAddressInTheEnvelopeWindowAndWhatTheEnvelopeHolds() throws Exception {
        batch().add(new Letter("KASV/12/2026 #1", GUARDIAN_ADDRESS, false, TestDeliveries.decision("p.pdf", 3)))
                .writeTo(out);

        try (PDDocument cover = Loader.loadPDF(out.resolve("letters-2026-03-02/0001-1-cover.pdf").toFile())) {
            assertThat(cover.getNumberOfPages()).isEqualTo(1);
            PDFTextStripperByArea window = new PDFTextStripperByArea();
            // The window in page coordinates from the top-left: 20 mm in, 45 mm down, 85 x 35 mm.
            window.addRegion("window", new Rectangle2D.Float(20 * CoverPage.MM, 45 * CoverPage.MM,
                    85 * CoverPage.MM, 35 * CoverPage.MM));
            window.extractRegions(cover.getPage(0));
            assertThat(window.getTextForRegion("window").lines().map(String::strip).filter(l -> !l.isEmpty()))
                    .containsExactly("Virtanen Maija", "Kuusikuja 4 B 12", "00980 HELSINKI");
            String page = new PDFTextStripper().getText(cover);
            assertThat(page).contains("PL 51000", "00099 HELSINGIN KAUPUNKI", "Viite / Referens: KASV/12/2026 #1",
                    "2.3.2026", "päätös (3 s.)");
        }
    }

    @Test
    void aProtectedAddressIsPrintedOnItsCoverAndWrittenNowhereElse() throws Exception {
        String log = ErrCapture.during(() -> batch()
                .add(new Letter("KASV/12/2026 #1", GUARDIAN_ADDRESS, false, TestDeliveries.decision("a.pdf", 1)))
                .add(new Letter("KASV/13/2026 #2", PROTECTED, true, TestDeliveries.decision("b.pdf", 1)))
                .writeTo(out));

        Path dir = out.resolve("letters-2026-03-02");
        try (PDDocument cover = Loader.loadPDF(dir.resolve("0002-1-cover.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(cover)).contains("Korhonen Aino", "Salainen polku 7");
            assertThat(cover.getDocumentInformation().getTitle()).isEqualTo("Cover KASV/13/2026 #2");
        }
        JsonNode letters = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).path("letters");
        assertThat(letters.get(0).path("addressProtected").asBoolean()).isFalse();
        assertThat(letters.get(0).path("zipCode").asText()).isEqualTo("00980");
        assertThat(letters.get(1).path("addressProtected").asBoolean()).isTrue();
        assertThat(letters.get(1).has("zipCode")).isFalse();
        assertThat(letters.get(1).has("countryCode")).isFalse();
        for (String file : List.of("manifest.json", "0001-1-cover.pdf", "0001-2-decision.pdf",
                "0002-2-decision.pdf")) {
            String content = new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.ISO_8859_1);
            assertThat(content).as(file).doesNotContain("Korhonen", "Salainen", "33100", "TAMPERE");
        }
        assertThat(log).contains("letters-2026-03-02", "1 with a protected address")
                .doesNotContain("Korhonen", "Salainen", "33100", "Virtanen", "Kuusikuja");
    }

    @Test
    void aBatchIsWrittenOnceAndCompletelyOrNotAtAll() {
        LetterBatch batch = batch().add(new Letter("KASV/12/2026 #1", GUARDIAN_ADDRESS, false,
                TestDeliveries.decision()));
        batch.writeTo(out);

        assertThatThrownBy(() -> batch.writeTo(out)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already been written");
        assertThat(out.resolve("letters-2026-03-02.partial")).doesNotExist();
    }

    @Test
    void aDecisionThatIsNotAReadablePdfStopsTheBatchBeforeAnythingIsPublished() {
        byte[] broken = "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII);
        LetterBatch batch = batch()
                .add(new Letter("KASV/12/2026 #1", GUARDIAN_ADDRESS, false, TestDeliveries.decision()))
                .add(new Letter("KASV/12/2026 #2", GUARDIAN_ADDRESS, false, new DecisionFile("x.pdf", broken)));

        assertThatThrownBy(() -> batch.writeTo(out)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KASV/12/2026 #2");
        assertThat(out.resolve("letters-2026-03-02")).doesNotExist();
        assertThat(out.resolve("letters-2026-03-02.partial")).doesNotExist();
    }

    @Test
    void aReferenceAppearsOncePerBatch() {
        LetterBatch batch = batch().add(new Letter("KASV/12/2026 #1", GUARDIAN_ADDRESS, false,
                TestDeliveries.decision()));

        assertThatThrownBy(() -> batch.add(new Letter("KASV/12/2026 #1", PROTECTED, true, TestDeliveries.decision())))
                .hasMessageContaining("already has a letter with reference KASV/12/2026 #1");
    }

    @Test
    void aForeignAddressNamesTheCountryOnTheLastRow() throws IOException {
        PostalAddress abroad = new PostalAddress("Andersson Erik", null, "Storgatan 1", "111 22", "STOCKHOLM", "SE");
        batch().add(new Letter("KASV/14/2026 #1", abroad, false, TestDeliveries.decision())).writeTo(out);

        try (PDDocument cover = Loader.loadPDF(out.resolve("letters-2026-03-02/0001-1-cover.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(cover)).contains("111 22 STOCKHOLM\nSWEDEN");
        }
    }

    @Test
    void aLetterAgainstProofOfReceiptIsMarkedSoInTheManifestAndOnItsCover() throws Exception {
        BatchManifest manifest = batch()
                .add(new Letter("KASV/12/2026 #1", GUARDIAN_ADDRESS, false, TestDeliveries.decision()))
                .add(new Letter("KASV/13/2026 #1", PROTECTED, true, TestDeliveries.decision(),
                        Letter.Kind.PROOF_OF_RECEIPT, null))
                .writeTo(out);

        Path dir = out.resolve("letters-2026-03-02");
        JsonNode letters = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).path("letters");
        assertThat(letters.get(0).path("kind").asText()).isEqualTo("ORDINARY");
        assertThat(letters.get(1).path("kind").asText()).as("the printing service sends it registered")
                .isEqualTo("PROOF_OF_RECEIPT");
        assertThat(letters.get(1).path("reference").asText()).as("the receipt is matched back by it")
                .isEqualTo("KASV/13/2026 #1");
        assertThat(letters.get(1).has("zipCode")).as("turvakielto holds for registered letters too").isFalse();
        assertThat(manifest.letters()).extracting(BatchManifest.Entry::kind)
                .containsExactly(Letter.Kind.ORDINARY, Letter.Kind.PROOF_OF_RECEIPT);
        assertThat(coverText(dir.resolve("0002-1-cover.pdf"))).contains("SAANTITODISTUKSELLA / MOT MOTTAGNINGSBEVIS",
                "hallintolaki 60 §", "förvaltningslagen 60 §", "Korhonen Aino");
        assertThat(coverText(dir.resolve("0001-1-cover.pdf"))).doesNotContain("SAANTITODISTUS", "60 §");
    }

    @Test
    void aSubstituteNotificationNamesHl61AndTheDayOfNotificationOnItsCover() throws Exception {
        batch().add(new Letter("KASV/13/2026 #1 HL61", GUARDIAN_ADDRESS, false, TestDeliveries.decision(),
                Letter.Kind.SUBSTITUTE, LocalDate.of(2026, 3, 5))).writeTo(out);

        Path dir = out.resolve("letters-2026-03-02");
        assertThat(new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).at("/letters/0/kind").asText())
                .isEqualTo("SUBSTITUTE");
        assertThat(coverText(dir.resolve("0001-1-cover.pdf")).replace("\n", " ")).contains(
                "KORVAAVA TIEDOKSIANTO / ERSÄTTANDE DELGIVNING", "hallintolaki 61 §", "förvaltningslagen 61 §",
                "tiedoksi saaduksi 5.3.2026", "delgetts 5.3.2026");
    }

    @Test
    void onlyASubstituteLetterCarriesADayOfNotification() {
        assertThatThrownBy(() -> new Letter("KASV/13/2026 #1", GUARDIAN_ADDRESS, false, TestDeliveries.decision(),
                Letter.Kind.SUBSTITUTE, null)).hasMessageContaining("notifiedOn");
        assertThatThrownBy(() -> new Letter("KASV/13/2026 #1", GUARDIAN_ADDRESS, false, TestDeliveries.decision(),
                Letter.Kind.PROOF_OF_RECEIPT, SENT_ON)).hasMessageContaining("notifiedOn");
    }

    private static String coverText(Path cover) throws IOException {
        try (PDDocument document = Loader.loadPDF(cover.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
