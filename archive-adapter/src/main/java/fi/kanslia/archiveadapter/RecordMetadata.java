package fi.kanslia.archiveadapter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Record metadata filed with a document (SÄHKE2-style: identification, publicity, retention, classification).
 *
 * @param recordId             unique, stable id of the record; filing is idempotent by it. Letters, digits,
 *                             {@code . _ -}, at most 100 characters
 * @param caseNumber           the case (diary) number, e.g. {@code KASV/123/12.01.01/2026}
 * @param title                the record's title; must not contain personal data beyond what the record needs
 * @param documentType         e.g. {@code decision}
 * @param publicityClass       publicity of the record
 * @param publicityLegalBasis  the legal basis of secrecy, e.g. {@code JulkL 24 § 1 mom. 30 k.}; required unless
 *                             public, absent when public
 * @param secrecyPeriodYears   secrecy period in years (1 to 100); absent when public; may be absent for a
 *                             confidential record to mean the statutory default
 * @param containsPersonalData whether the record contains personal data
 * @param retentionPeriod      {@code permanent} or {@code <n> years}, e.g. {@code 50 years}
 * @param retentionBasis       the basis of the retention period, e.g. the information management plan entry
 * @param taskClassCode        task classification code, e.g. {@code 12.01.01}
 * @param municipalityCode     three-digit municipality code, e.g. {@code 091}
 * @param documentDate         the date of the document (a decision's date)
 * @param language             ISO 639-1 code of the document's language, e.g. {@code fi}, {@code sv}
 */
public record RecordMetadata(
        String recordId,
        String caseNumber,
        String title,
        String documentType,
        PublicityClass publicityClass,
        String publicityLegalBasis,
        Integer secrecyPeriodYears,
        boolean containsPersonalData,
        String retentionPeriod,
        String retentionBasis,
        String taskClassCode,
        String municipalityCode,
        LocalDate documentDate,
        String language) {

    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern RETENTION_PERIOD = Pattern.compile("permanent|[1-9][0-9]{0,2} years?");
    private static final Pattern TASK_CLASS_CODE = Pattern.compile("[0-9]{2}(\\.[0-9]{2}){0,3}");
    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("[0-9]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,49}");

    public RecordMetadata {
        require(recordId, "recordId", RECORD_ID, "letters, digits, '.', '_' or '-', at most 100, e.g. 'dec-2026-0142'");
        requireText(caseNumber, "caseNumber", 100);
        requireText(title, "title", 500);
        require(documentType, "documentType", DOCUMENT_TYPE, "lower-case, e.g. 'decision'");
        Objects.requireNonNull(publicityClass, "publicityClass must be given");
        if (publicityClass == PublicityClass.PUBLIC) {
            if (publicityLegalBasis != null) {
                throw new IllegalArgumentException("publicityLegalBasis must be absent for a PUBLIC record, was '"
                        + publicityLegalBasis + "'");
            }
            if (secrecyPeriodYears != null) {
                throw new IllegalArgumentException("secrecyPeriodYears must be absent for a PUBLIC record, was "
                        + secrecyPeriodYears);
            }
        } else {
            requireText(publicityLegalBasis, "publicityLegalBasis (required for a " + publicityClass + " record)",
                    200);
        }
        if (secrecyPeriodYears != null && (secrecyPeriodYears < 1 || secrecyPeriodYears > 100)) {
            throw new IllegalArgumentException("secrecyPeriodYears must be 1 to 100, was " + secrecyPeriodYears);
        }
        require(retentionPeriod, "retentionPeriod", RETENTION_PERIOD, "'permanent' or '<n> years', e.g. '50 years'");
        requireText(retentionBasis, "retentionBasis", 200);
        require(taskClassCode, "taskClassCode", TASK_CLASS_CODE, "e.g. '12.01.01'");
        require(municipalityCode, "municipalityCode", MUNICIPALITY_CODE, "three digits, e.g. '091'");
        Objects.requireNonNull(documentDate, "documentDate must be given");
        require(language, "language", LANGUAGE, "an ISO 639-1 code, e.g. 'fi'");
    }

    /** Whether the retention period is permanent. */
    public boolean keptPermanently() {
        return "permanent".equals(retentionPeriod);
    }

    /** Identifies the record without its title, which may name a person. */
    @Override
    public String toString() {
        return "RecordMetadata[recordId=" + recordId + ", caseNumber=" + caseNumber + ", documentType=" + documentType
                + ", publicityClass=" + publicityClass + ", municipalityCode=" + municipalityCode + "]";
    }

    private static void requireText(String value, String name, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be given");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters, was "
                    + value.length());
        }
    }

    private static void require(String value, String name, Pattern pattern, String expected) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must be given: " + expected);
        }
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be " + expected + ", was '" + value + "'");
        }
    }
}
