package fi.kanslia.archiveadapter;

import java.util.Objects;

/**
 * One hit of {@link RecordArchive#findByCaseNumber}: where the record is and its metadata, without its content
 * ({@link RecordArchive#fetch} reads that).
 *
 * @param ref      the object id, and the path where Kanslia filed the record
 * @param fileName the file name it was filed with
 * @param metadata the record metadata as the repository holds it
 */
public record ArchivedRecordSummary(ArchivedRecordRef ref, String fileName, RecordMetadata metadata) {

    public ArchivedRecordSummary {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(metadata, "metadata");
    }
}
