package fi.kanslia.archiveadapter;

/**
 * The archive could not be reached or failed technically. Nothing was lost: the caller retries the whole call,
 * which is safe because filing is idempotent by record id.
 */
public class ArchiveUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArchiveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
