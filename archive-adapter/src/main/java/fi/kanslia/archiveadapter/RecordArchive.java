package fi.kanslia.archiveadapter;

import java.util.List;
import java.util.Optional;

/**
 * The municipal archive: where signed records are filed with their metadata and retrieved years later.
 *
 * <p>Every method throws {@link ArchiveUnavailableException} on a technical failure; the caller retries. Call it
 * outside a database transaction and record the outcome in a new one.
 */
public interface RecordArchive {

    /**
     * Files a record. Idempotent by {@link RecordMetadata#recordId()}: when a document with that record id already
     * exists, returns its reference and changes nothing (neither content nor metadata).
     *
     * @return where the record is (or already was) filed
     */
    ArchivedRecordRef file(RecordToFile record);

    /**
     * Reads a filed record back, content and metadata.
     *
     * @param objectId the id returned by {@link #file}
     * @return empty when no Kanslia record has that id
     */
    Optional<ArchivedRecord> fetch(String objectId);

    /**
     * Files new content for a record as its next major version, keeping its metadata, e.g. a signed decision
     * extended to a long-term signature (a later revision of the same file). Idempotent: when the latest version
     * already has exactly this content, returns it and changes nothing; a version left checked out by a crash is
     * checked in.
     *
     * @param objectId the id of any version of the record
     * @param comment  why the version exists, kept in the version history
     * @return the new (or already latest) version
     * @throws IllegalArgumentException when no Kanslia record has that id
     */
    ArchivedRecordRef fileNewVersion(String objectId, byte[] content, String comment);

    /**
     * The records of one case of one municipality, oldest document date first. In Alfresco the search index may
     * lag a few seconds behind a filing.
     */
    List<ArchivedRecordSummary> findByCaseNumber(String municipalityCode, String caseNumber);
}
