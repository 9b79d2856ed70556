package fi.kanslia.messages;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Messages API answered with an error. A 4xx means the request must change (retrying the same call fails
 * again); a 5xx or 429 may be retried as is, since sending is idempotent by external id.
 */
public class MessagesApiException extends RuntimeException {

    /** Personal identity codes, in case the API quotes one in an error text. */
    private static final Pattern IDENTITY_CODE = Pattern.compile("\\b\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]\\b");

    private final int status;
    private final String reason;
    private final List<String> validationErrors;

    public MessagesApiException(String operation, int status, String reason, List<String> validationErrors) {
        super(text(operation, status, mask(reason), validationErrors.stream().map(MessagesApiException::mask)
                .toList()));
        this.status = status;
        this.reason = mask(reason);
        this.validationErrors = validationErrors.stream().map(MessagesApiException::mask).toList();
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The API's error reason, identity codes masked; may be empty. */
    public String reason() {
        return reason;
    }

    /** The API's validation errors, identity codes masked. */
    public List<String> validationErrors() {
        return validationErrors;
    }

    /** True when the same call may succeed later (server error, throttling, or the service unavailable). */
    public boolean retryable() {
        return status >= 500 || status == 429;
    }

    static String mask(String text) {
        return text == null ? "" : IDENTITY_CODE.matcher(text).replaceAll("******-****");
    }

    private static String text(String operation, int status, String reason, List<String> validationErrors) {
        StringBuilder text = new StringBuilder("Suomi.fi Messages: ").append(operation).append(" failed with HTTP ")
                .append(status);
        if (!reason.isBlank()) {
            text.append(": ").append(reason);
        }
        if (!validationErrors.isEmpty()) {
            text.append(" ").append(validationErrors);
        }
        return text.toString();
    }
}
