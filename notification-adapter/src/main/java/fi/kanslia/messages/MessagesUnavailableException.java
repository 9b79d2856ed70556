package fi.kanslia.messages;

/** The Messages API could not be reached or did not answer in time; retry the whole call later. */
public class MessagesUnavailableException extends RuntimeException {

    public MessagesUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
