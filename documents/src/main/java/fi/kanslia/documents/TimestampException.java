package fi.kanslia.documents;

/** A time stamp could not be obtained or was not acceptable; signing fails rather than producing B-B. */
public class TimestampException extends RuntimeException {

    public TimestampException(String message) {
        super(message);
    }

    public TimestampException(String message, Throwable cause) {
        super(message, cause);
    }
}
