package fi.kanslia.archiveadapter;

import java.util.List;
import java.util.Optional;

/**
 * The default archive when none is configured: every call fails loudly, so that nothing is believed filed that
 * was not.
 */
public final class UnconfiguredRecordArchive implements RecordArchive {

    static final String MESSAGE = "No record archive is configured: set the CMIS browser binding URL, repository id,"
            + " user and password of the archive (CmisConnectionSettings for CmisRecordArchive), or enable the"
            + " embedded CMIS repository for a local run";

    @Override
    public ArchivedRecordRef file(RecordToFile record) {
        throw new IllegalStateException(MESSAGE + "; record " + record.metadata().recordId() + " was not filed");
    }

    @Override
    public Optional<ArchivedRecord> fetch(String objectId) {
        throw new IllegalStateException(MESSAGE + "; cannot fetch " + objectId);
    }

    @Override
    public ArchivedRecordRef fileNewVersion(String objectId, byte[] content, String comment) {
        throw new IllegalStateException(MESSAGE + "; no new version of " + objectId + " was filed");
    }

    @Override
    public List<ArchivedRecordSummary> findByCaseNumber(String municipalityCode, String caseNumber) {
        throw new IllegalStateException(MESSAGE + "; cannot search case " + caseNumber);
    }
}
