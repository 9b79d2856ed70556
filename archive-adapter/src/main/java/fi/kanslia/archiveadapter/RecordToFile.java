package fi.kanslia.archiveadapter;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document to file: its bytes, file name, MIME type and record metadata.
 *
 * @param content  the document as it is to be kept (for decisions, the signed PDF); copied, never shared
 * @param fileName the file name shown to archivists, e.g. {@code paatos-2026-0142.pdf}; no path separators
 * @param mimeType e.g. {@code application/pdf}
 * @param metadata the record metadata; its record id makes filing idempotent
 */
public record RecordToFile(byte[] content, String fileName, String mimeType, RecordMetadata metadata) {

    public RecordToFile {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(metadata, "metadata");
        if (content.length == 0) {
            throw new IllegalArgumentException("content must not be empty");
        }
        if (fileName.isBlank() || fileName.length() > 200) {
            throw new IllegalArgumentException("fileName must be 1 to 200 characters, was '" + fileName + "'");
        }
        if (ArchiveNames.hasForbiddenCharacter(fileName)) {
            throw new IllegalArgumentException("fileName must not contain any of " + ArchiveNames.FORBIDDEN
                    + " nor end with a dot, was '" + fileName + "'");
        }
        if (!mimeType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new IllegalArgumentException("mimeType must look like type/subtype, was '" + mimeType + "'");
        }
        content = content.clone();
    }

    /** A copy of the content. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordToFile that
                && Arrays.equals(content, that.content)
                && fileName.equals(that.fileName)
                && mimeType.equals(that.mimeType)
                && metadata.equals(that.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(content), fileName, mimeType, metadata);
    }

    @Override
    public String toString() {
        return "RecordToFile[" + content.length + " bytes, fileName=" + fileName + ", mimeType=" + mimeType
                + ", recordId=" + metadata.recordId() + "]";
    }
}
