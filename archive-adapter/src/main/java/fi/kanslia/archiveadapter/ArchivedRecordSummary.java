package fi.kanslia.archiveadapter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One hit of {@link RecordArchive#findByCaseNumber}: enough to list a case's records and fetch one.
 */
public record ArchivedRecordSummary(
        String objectId,
        String recordId,
        String fileName,
        String title,
        String documentType,
        PublicityClass publicityClass,
        LocalDate documentDate) {

    public ArchivedRecordSummary {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(publicityClass, "publicityClass");
    }
}
