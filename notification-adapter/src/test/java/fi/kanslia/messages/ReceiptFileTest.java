package fi.kanslia.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptFileTest {

    @TempDir
    Path dir;

    @Test
    void eachEntryIsAReceiptOrAProblemOfItsOwn() throws Exception {
        Path file = write("""
                { "format" : "kanslia-letter-receipts/1", "receipts" : [
                  { "reference" : "KASV/12/2026 1a2b3c4d", "receivedOn" : "2026-03-05", "receivedBy" : "ADDRESSEE" },
                  { "reference" : "KASV/13/2026 5e6f7a8b", "receivedOn" : "2026-03-06", "receivedBy" : "REPRESENTATIVE" },
                  { "reference" : "KASV/14/2026 9c0d1e2f", "receivedOn" : "2026-03-16", "receivedBy" : "RETURNED" },
                  { "reference" : " ", "receivedOn" : "2026-03-05", "receivedBy" : "ADDRESSEE" },
                  { "reference" : "KASV/15/2026 00000000", "receivedOn" : "5.3.2026", "receivedBy" : "ADDRESSEE" },
                  { "reference" : "KASV/16/2026 00000000", "receivedOn" : "2026-03-05", "receivedBy" : "NEIGHBOUR" }
                ] }""");

        List<ReceiptFile.Line> lines = ReceiptFile.read(file);

        assertThat(lines).extracting(ReceiptFile.Line::receipt).containsExactly(
                new ReceiptFile.Receipt("KASV/12/2026 1a2b3c4d", LocalDate.of(2026, 3, 5),
                        ReceiptFile.ReceivedBy.ADDRESSEE),
                new ReceiptFile.Receipt("KASV/13/2026 5e6f7a8b", LocalDate.of(2026, 3, 6),
                        ReceiptFile.ReceivedBy.REPRESENTATIVE),
                new ReceiptFile.Receipt("KASV/14/2026 9c0d1e2f", LocalDate.of(2026, 3, 16),
                        ReceiptFile.ReceivedBy.RETURNED),
                null, null, null);
        assertThat(lines).extracting(ReceiptFile.Line::problem).containsExactly(null, null, null,
                "MISSING_REFERENCE", "INVALID_DATE", "INVALID_RECEIVED_BY");
        assertThat(lines).extracting(ReceiptFile.Line::position).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aFileThatIsNotAReceiptFileIsRefusedAsAWhole() throws Exception {
        assertThatThrownBy(() -> ReceiptFile.read(write("reference;receivedOn\nKASV/1/2026;2026-03-05")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> ReceiptFile.read(write("{ \"format\" : \"kanslia-letter-batch/2\" }")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kanslia-letter-receipts/1");
        assertThatThrownBy(() -> ReceiptFile.read(write("{ \"format\" : \"kanslia-letter-receipts/1\" }")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("receipts");
    }

    @Test
    void rejectedEntriesAreWrittenBackInTheSameFormatWithTheirReasonAndCanBeReadAgain() throws Exception {
        List<ReceiptFile.Line> lines = ReceiptFile.read(write("""
                { "format" : "kanslia-letter-receipts/1", "receipts" : [
                  { "reference" : "KASV/12/2026 1a2b3c4d", "receivedOn" : "2026-03-05", "receivedBy" : "ADDRESSEE" },
                  { "reference" : "KASV/99/2026 ffffffff", "receivedOn" : "2026-03-06", "receivedBy" : "ADDRESSEE" }
                ] }"""));
        Path rejected = dir.resolve("rejected/receipts.json");

        ReceiptFile.writeRejected(rejected, "receipts.json",
                List.of(new ReceiptFile.Rejected(lines.get(1), "UNKNOWN_REFERENCE")));
        ReceiptFile.writeRejected(rejected, "receipts.json",
                List.of(new ReceiptFile.Rejected(lines.get(1), "UNKNOWN_REFERENCE")));

        JsonNode written = new ObjectMapper().readTree(rejected.toFile());
        assertThat(written.path("rejectedFrom").asText()).isEqualTo("receipts.json");
        assertThat(written.path("receipts")).hasSize(1);
        assertThat(written.at("/receipts/0/reference").asText()).isEqualTo("KASV/99/2026 ffffffff");
        assertThat(written.at("/receipts/0/reason").asText()).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(written.at("/receipts/0/position").asInt()).isEqualTo(2);
        assertThat(ReceiptFile.read(rejected)).singleElement().extracting(ReceiptFile.Line::receipt)
                .isEqualTo(lines.get(1).receipt());
        try (var files = Files.list(rejected.getParent())) {
            assertThat(files).as("no partial file left behind").containsExactly(rejected);
        }
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(dir, "receipts", ".json");
        return Files.writeString(file, content);
    }
}
