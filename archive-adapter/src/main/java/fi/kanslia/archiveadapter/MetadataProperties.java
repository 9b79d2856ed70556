package fi.kanslia.archiveadapter;

import static fi.kanslia.archiveadapter.KansliaModel.CASE_NUMBER;
import static fi.kanslia.archiveadapter.KansliaModel.CONTAINS_PERSONAL_DATA;
import static fi.kanslia.archiveadapter.KansliaModel.DOCUMENT_DATE;
import static fi.kanslia.archiveadapter.KansliaModel.DOCUMENT_TYPE;
import static fi.kanslia.archiveadapter.KansliaModel.LANGUAGE;
import static fi.kanslia.archiveadapter.KansliaModel.MUNICIPALITY_CODE;
import static fi.kanslia.archiveadapter.KansliaModel.PUBLICITY_CLASS;
import static fi.kanslia.archiveadapter.KansliaModel.PUBLICITY_LEGAL_BASIS;
import static fi.kanslia.archiveadapter.KansliaModel.RECORD_ID;
import static fi.kanslia.archiveadapter.KansliaModel.RETENTION_BASIS;
import static fi.kanslia.archiveadapter.KansliaModel.RETENTION_PERIOD;
import static fi.kanslia.archiveadapter.KansliaModel.SECRECY_PERIOD_YEARS;
import static fi.kanslia.archiveadapter.KansliaModel.TASK_CLASS_CODE;
import static fi.kanslia.archiveadapter.KansliaModel.TITLE;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * Converts {@link RecordMetadata} to CMIS property values and back. The document date is stored as midnight UTC
 * (CMIS has no date-only type; Alfresco's {@code d:date} maps to a CMIS datetime) and read back in UTC.
 */
final class MetadataProperties {

    private MetadataProperties() {
    }

    /** Property values for OpenCMIS; absent optional values are left out rather than set to null. */
    static Map<String, Object> toCmis(RecordMetadata metadata) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(RECORD_ID, metadata.recordId());
        properties.put(CASE_NUMBER, metadata.caseNumber());
        properties.put(TITLE, metadata.title());
        properties.put(DOCUMENT_TYPE, metadata.documentType());
        properties.put(PUBLICITY_CLASS, metadata.publicityClass().name());
        if (metadata.publicityLegalBasis() != null) {
            properties.put(PUBLICITY_LEGAL_BASIS, metadata.publicityLegalBasis());
        }
        if (metadata.secrecyPeriodYears() != null) {
            properties.put(SECRECY_PERIOD_YEARS, BigInteger.valueOf(metadata.secrecyPeriodYears()));
        }
        properties.put(CONTAINS_PERSONAL_DATA, metadata.containsPersonalData());
        properties.put(RETENTION_PERIOD, metadata.retentionPeriod());
        properties.put(RETENTION_BASIS, metadata.retentionBasis());
        properties.put(TASK_CLASS_CODE, metadata.taskClassCode());
        properties.put(MUNICIPALITY_CODE, metadata.municipalityCode());
        properties.put(DOCUMENT_DATE, toCalendar(metadata.documentDate()));
        properties.put(LANGUAGE, metadata.language());
        return properties;
    }

    /**
     * Reads the metadata back through a property look-up (a document's or a query result's).
     *
     * @throws IllegalStateException when the repository holds metadata that is not valid record metadata
     */
    static RecordMetadata fromCmis(Function<String, Object> property) {
        try {
            return new RecordMetadata(
                    (String) property.apply(RECORD_ID),
                    (String) property.apply(CASE_NUMBER),
                    (String) property.apply(TITLE),
                    (String) property.apply(DOCUMENT_TYPE),
                    publicityClass(property.apply(PUBLICITY_CLASS)),
                    (String) property.apply(PUBLICITY_LEGAL_BASIS),
                    toInteger(property.apply(SECRECY_PERIOD_YEARS)),
                    Boolean.TRUE.equals(property.apply(CONTAINS_PERSONAL_DATA)),
                    (String) property.apply(RETENTION_PERIOD),
                    (String) property.apply(RETENTION_BASIS),
                    (String) property.apply(TASK_CLASS_CODE),
                    (String) property.apply(MUNICIPALITY_CODE),
                    toLocalDate(property.apply(DOCUMENT_DATE)),
                    (String) property.apply(LANGUAGE));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
            throw new IllegalStateException("The archive holds invalid record metadata for record "
                    + property.apply(RECORD_ID) + ": " + e.getMessage(), e);
        }
    }

    private static PublicityClass publicityClass(Object value) {
        return value == null ? null : PublicityClass.valueOf((String) value);
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return ((GregorianCalendar) value).toZonedDateTime().withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static GregorianCalendar toCalendar(LocalDate date) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
        calendar.set(Calendar.MILLISECOND, 0);
        return calendar;
    }

    private static Integer toInteger(Object value) {
        return value == null ? null : ((BigInteger) value).intValueExact();
    }
}
