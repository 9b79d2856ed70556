package fi.kanslia.archiveadapter;

import java.util.Objects;

/**
 * Where a record was filed: the repository's object id (keep it; {@link RecordArchive#fetch} takes it) and the
 * document's path at filing time (for people; a path can change when an archivist moves a document).
 */
public record ArchivedRecordRef(String objectId, String path) {

    public ArchivedRecordRef {
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(path, "path");
        if (objectId.isBlank()) {
            throw new IllegalArgumentException("objectId must not be blank");
        }
    }
}
