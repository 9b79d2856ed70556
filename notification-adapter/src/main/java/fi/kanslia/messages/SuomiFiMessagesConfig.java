package fi.kanslia.messages;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the Suomi.fi Messages REST API.
 *
 * @param baseUrl        {@code https://api.messages.suomi.fi}, or {@code https://api.messages-qa.suomi.fi} for tests
 * @param username       the system's REST user (given by DVV at deployment)
 * @param password       its password; never printed
 * @param serviceId      the sending service's id (palvelutunnus)
 * @param paperMail      the Posti printing contract and our return address; null when paper fallback is not in use
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for an answer
 */
public record SuomiFiMessagesConfig(URI baseUrl, String username, String password, String serviceId,
                                    PaperMail paperMail, Duration connectTimeout, Duration requestTimeout) {

    /** The environment variables the application reads (see README). */
    public static final String ENV_PREFIX = "KANSLIA_SUOMIFI_MESSAGES_";

    public SuomiFiMessagesConfig {
        Objects.requireNonNull(baseUrl, "baseUrl must be given");
        PostalAddress.requireText(username, "username");
        PostalAddress.requireText(password, "password");
        PostalAddress.requireText(serviceId, "serviceId");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** With a 10 s connect and a 60 s request timeout. */
    public SuomiFiMessagesConfig(URI baseUrl, String username, String password, String serviceId,
                                 PaperMail paperMail) {
        this(baseUrl, username, password, serviceId, paperMail, Duration.ofSeconds(10), Duration.ofSeconds(60));
    }

    /** True when messages carry the paper fallback. */
    public boolean paperMailEnabled() {
        return paperMail != null;
    }

    /**
     * Reads {@code KANSLIA_SUOMIFI_MESSAGES_URL}, {@code _USERNAME}, {@code _PASSWORD}, {@code _SERVICE_ID} and,
     * for the paper fallback, {@code _POSTI_USERNAME}, {@code _POSTI_PASSWORD}, {@code _POSTI_CONTACT_EMAIL},
     * {@code _SENDER_NAME}, {@code _SENDER_STREET_ADDRESS}, {@code _SENDER_ZIP_CODE}, {@code _SENDER_CITY}.
     *
     * @return empty when the URL is not set (the application then uses {@link UnconfiguredSuomiFiMessages})
     * @throws IllegalArgumentException when the URL is set but something it needs is missing
     */
    public static Optional<SuomiFiMessagesConfig> fromEnvironment(Map<String, String> env) {
        String url = value(env, "URL");
        if (url == null) {
            return Optional.empty();
        }
        PaperMail paperMail = null;
        if (value(env, "POSTI_USERNAME") != null) {
            paperMail = new PaperMail(required(env, "POSTI_USERNAME"), required(env, "POSTI_PASSWORD"),
                    required(env, "POSTI_CONTACT_EMAIL"),
                    PostalAddress.finnish(required(env, "SENDER_NAME"), required(env, "SENDER_STREET_ADDRESS"),
                            required(env, "SENDER_ZIP_CODE"), required(env, "SENDER_CITY")));
        }
        return Optional.of(new SuomiFiMessagesConfig(URI.create(url), required(env, "USERNAME"),
                required(env, "PASSWORD"), required(env, "SERVICE_ID"), paperMail));
    }

    private static String value(Map<String, String> env, String name) {
        String value = env.get(ENV_PREFIX + name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(Map<String, String> env, String name) {
        String value = value(env, name);
        if (value == null) {
            throw new IllegalArgumentException(ENV_PREFIX + name + " must be set when " + ENV_PREFIX
                    + "URL is set");
        }
        return value;
    }

    @Override
    public String toString() {
        return "SuomiFiMessagesConfig[baseUrl=" + baseUrl + ", username=" + username + ", password=***, serviceId="
                + serviceId + ", paperMail=" + paperMail + "]";
    }

    /**
     * The Posti printing, enveloping and distribution contract used for the paper fallback.
     *
     * @param postiUsername the contract's billing id
     * @param postiPassword its password; never printed
     * @param contactEmail  where Posti reports problems with the material
     * @param senderAddress our return address, printed on the letter
     */
    public record PaperMail(String postiUsername, String postiPassword, String contactEmail,
                            PostalAddress senderAddress) {

        public PaperMail {
            PostalAddress.requireText(postiUsername, "postiUsername");
            PostalAddress.requireText(postiPassword, "postiPassword");
            PostalAddress.requireText(contactEmail, "contactEmail");
            Objects.requireNonNull(senderAddress, "senderAddress must be given");
        }

        @Override
        public String toString() {
            return "PaperMail[postiUsername=" + postiUsername + ", postiPassword=***]";
        }
    }
}
