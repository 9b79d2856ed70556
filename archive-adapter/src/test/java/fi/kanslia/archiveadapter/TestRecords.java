package fi.kanslia.archiveadapter;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Test data with defaults (a public decision of case KASV/1/12.01.01/2026 in Helsinki), so that a test states only
 * what matters to it.
 */
final class TestRecords {

    private String recordId = "dec-" + UUID.randomUUID();
    private String caseNumber = "KASV/1/12.01.01/2026";
    private String title = "Decision on a school place";
    private PublicityClass publicityClass = PublicityClass.PUBLIC;
    private String publicityLegalBasis;
    private Integer secrecyPeriodYears;
    private boolean containsPersonalData = true;
    private String retentionPeriod = "50 years";
    private String municipalityCode = "091";
    private LocalDate documentDate = LocalDate.of(2026, 3, 14);
    private byte[] content = ("%PDF-1.7 decision " + recordId).getBytes(StandardCharsets.UTF_8);

    static TestRecords aDecision() {
        return new TestRecords();
    }

    TestRecords recordId(String value) {
        this.recordId = value;
        return this;
    }

    TestRecords caseNumber(String value) {
        this.caseNumber = value;
        return this;
    }

    TestRecords title(String value) {
        this.title = value;
        return this;
    }

    TestRecords confidential(String legalBasis, Integer years) {
        this.publicityClass = PublicityClass.CONFIDENTIAL;
        this.publicityLegalBasis = legalBasis;
        this.secrecyPeriodYears = years;
        return this;
    }

    TestRecords withoutPersonalData() {
        this.containsPersonalData = false;
        return this;
    }

    TestRecords retentionPeriod(String value) {
        this.retentionPeriod = value;
        return this;
    }

    TestRecords municipalityCode(String value) {
        this.municipalityCode = value;
        return this;
    }

    TestRecords documentDate(LocalDate value) {
        this.documentDate = value;
        return this;
    }

    TestRecords content(byte[] value) {
        this.content = value.clone();
        return this;
    }

    RecordMetadata metadata() {
        return new RecordMetadata(recordId, caseNumber, title, "decision", publicityClass, publicityLegalBasis,
                secrecyPeriodYears, containsPersonalData, retentionPeriod, "Information management plan 12.01.01",
                "12.01.01", municipalityCode, documentDate, "fi");
    }

    RecordToFile toFile() {
        return new RecordToFile(content, "decision.pdf", "application/pdf", metadata());
    }
}
