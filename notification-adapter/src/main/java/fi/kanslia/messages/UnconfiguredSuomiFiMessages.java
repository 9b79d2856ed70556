package fi.kanslia.messages;

/**
 * The default when Suomi.fi Messages is not configured: every call fails and says what is missing, so that no
 * decision is ever believed delivered electronically when it was not.
 */
public final class UnconfiguredSuomiFiMessages implements SuomiFiMessages {

    private static final String MISSING = "Suomi.fi Messages is not configured: set "
            + SuomiFiMessagesConfig.ENV_PREFIX + "URL, _USERNAME, _PASSWORD and _SERVICE_ID";

    @Override
    public SentMessage send(OutgoingMessage message) {
        throw new IllegalStateException(MISSING);
    }

    @Override
    public EventPage events(String continuationToken) {
        throw new IllegalStateException(MISSING);
    }
}
