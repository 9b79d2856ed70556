package fi.kanslia.archiveadapter;

import static fi.kanslia.archiveadapter.TestRecords.aDecision;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class UnconfiguredRecordArchiveTest {

    private final RecordArchive archive = new UnconfiguredRecordArchive();

    @Test
    void everyCallFailsNamingTheMissingConfiguration() {
        RecordToFile record = aDecision().recordId("dec-42").toFile();

        assertThatIllegalStateException().isThrownBy(() -> archive.file(record))
                .withMessageContaining("No record archive is configured")
                .withMessageContaining("CMIS browser binding URL, repository id, user and password")
                .withMessageEndingWith("record dec-42 was not filed");
        assertThatIllegalStateException().isThrownBy(() -> archive.fetch("123"))
                .withMessageContaining("No record archive is configured");
        assertThatIllegalStateException().isThrownBy(() -> archive.findByCaseNumber("091", "KASV/1/2026"))
                .withMessageContaining("No record archive is configured");
    }
}
