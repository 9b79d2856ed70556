package fi.kanslia.archiveadapter;

import java.util.Arrays;
import java.util.Objects;

/**
 * A record read back from the archive: its content and the metadata as the repository holds them.
 *
 * @param ref      object id and current path
 * @param fileName the file name it was filed with
 * @param mimeType the MIME type the repository reports
 * @param content  the bytes; copied, never shared
 * @param metadata the record metadata read from the repository
 */
public record ArchivedRecord(ArchivedRecordRef ref, String fileName, String mimeType, byte[] content,
                             RecordMetadata metadata) {

    public ArchivedRecord {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(metadata, "metadata");
        content = content.clone();
    }

    /** A copy of the content. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArchivedRecord that
                && ref.equals(that.ref)
                && fileName.equals(that.fileName)
                && mimeType.equals(that.mimeType)
                && Arrays.equals(content, that.content)
                && metadata.equals(that.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ref, fileName, mimeType, Arrays.hashCode(content), metadata);
    }

    @Override
    public String toString() {
        return "ArchivedRecord[" + ref + ", fileName=" + fileName + ", " + content.length + " bytes, " + metadata + "]";
    }
}
