package fi.kanslia.archiveadapter;

import static fi.kanslia.archiveadapter.TestRecords.aDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordMetadataTest {

    private static RecordMetadata with(String recordId, PublicityClass publicity, String legalBasis, Integer years,
                                       String retention, String taskClass, String municipality, String language) {
        return new RecordMetadata(recordId, "KASV/1/12.01.01/2026", "Decision", "decision", publicity, legalBasis,
                years, true, retention, "Information management plan", taskClass, municipality,
                LocalDate.of(2026, 3, 14), language);
    }

    @Test
    void aValidPublicDecisionIsAccepted() {
        RecordMetadata metadata = aDecision().metadata();

        assertThat(metadata.publicityClass()).isEqualTo(PublicityClass.PUBLIC);
        assertThat(metadata.keptPermanently()).isFalse();
    }

    @Test
    void aConfidentialRecordNeedsItsLegalBasis() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.CONFIDENTIAL, null, 25, "50 years", "12.01.01", "091",
                        "fi"))
                .withMessage("publicityLegalBasis (required for a CONFIDENTIAL record) must be given");
        assertThat(with("r-1", PublicityClass.PARTLY_CONFIDENTIAL, "JulkL 24 § 1 mom. 30 k.", null, "permanent",
                "12.01.01", "091", "sv").keptPermanently()).isTrue();
    }

    @Test
    void aPublicRecordHasNoSecrecyBasisNorPeriod() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.PUBLIC, "JulkL 24 §", null, "50 years", "12.01.01",
                        "091", "fi"))
                .withMessageContaining("publicityLegalBasis must be absent for a PUBLIC record");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.PUBLIC, null, 25, "50 years", "12.01.01", "091", "fi"))
                .withMessageContaining("secrecyPeriodYears must be absent for a PUBLIC record");
    }

    @Test
    void malformedValuesAreRejectedNamingTheField() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r/1", PublicityClass.PUBLIC, null, null, "50 years", "12.01.01", "091", "fi"))
                .withMessageStartingWith("recordId must be");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.PUBLIC, null, null, "forever", "12.01.01", "091", "fi"))
                .withMessage("retentionPeriod must be 'permanent' or '<n> years', e.g. '50 years', was 'forever'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.PUBLIC, null, null, "10 years", "12-01", "091", "fi"))
                .withMessageStartingWith("taskClassCode must be");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.PUBLIC, null, null, "10 years", "12.01", "91", "fi"))
                .withMessageStartingWith("municipalityCode must be three digits");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.PUBLIC, null, null, "10 years", "12.01", "091", "FIN"))
                .withMessageStartingWith("language must be an ISO 639-1 code");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with("r-1", PublicityClass.CONFIDENTIAL, "JulkL 24 §", 0, "10 years", "12.01",
                        "091", "fi"))
                .withMessage("secrecyPeriodYears must be 1 to 100, was 0");
        assertThatNullPointerException()
                .isThrownBy(() -> with("r-1", null, null, null, "10 years", "12.01", "091", "fi"))
                .withMessage("publicityClass must be given");
    }

    @Test
    void toStringLeavesTheTitleOut() {
        assertThat(aDecision().title("Decision for Maija Meikäläinen").metadata().toString())
                .doesNotContain("Maija");
    }

    @Test
    void aRecordToFileKeepsItsOwnCopyOfTheContent() {
        byte[] content = "pdf".getBytes(StandardCharsets.UTF_8);
        RecordToFile record = new RecordToFile(content, "decision.pdf", "application/pdf", aDecision().metadata());
        content[0] = 'x';

        assertThat(record.content()).isEqualTo("pdf".getBytes(StandardCharsets.UTF_8));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RecordToFile(content, "a/b.pdf", "application/pdf", aDecision().metadata()))
                .withMessageStartingWith("fileName must not contain");
    }
}
