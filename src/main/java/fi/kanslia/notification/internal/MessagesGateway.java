package fi.kanslia.notification.internal;

import fi.kanslia.messages.RestSuomiFiMessages;
import fi.kanslia.messages.SuomiFiMessages;
import fi.kanslia.messages.SuomiFiMessagesConfig;
import fi.kanslia.messages.UnconfiguredSuomiFiMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Suomi.fi Messages when {@code KANSLIA_SUOMIFI_MESSAGES_URL} is configured (environment variable or
 * property of that name); otherwise electronic notices stay in the local inbox and this client,
 * {@link UnconfiguredSuomiFiMessages}, is never called.
 */
@Component
class MessagesGateway {

  private static final Logger log = LoggerFactory.getLogger(MessagesGateway.class);
  private static final List<String> VARIABLES = List.of("URL", "USERNAME", "PASSWORD", "SERVICE_ID",
      "POSTI_USERNAME", "POSTI_PASSWORD", "POSTI_CONTACT_EMAIL", "SENDER_NAME",
      "SENDER_STREET_ADDRESS", "SENDER_ZIP_CODE", "SENDER_CITY");

  private final Optional<SuomiFiMessagesConfig> config;
  private final SuomiFiMessages client;

  MessagesGateway(Environment environment) {
    Map<String, String> values = new HashMap<>();
    for (String name : VARIABLES) {
      String key = SuomiFiMessagesConfig.ENV_PREFIX + name;
      String value = environment.getProperty(key);
      if (value != null) {
        values.put(key, value);
      }
    }
    this.config = SuomiFiMessagesConfig.fromEnvironment(values);
    this.client = config.<SuomiFiMessages>map(RestSuomiFiMessages::new)
        .orElseGet(UnconfiguredSuomiFiMessages::new);
    config.ifPresentOrElse(
        c -> log.info("Electronic notices go through Suomi.fi Messages at {} (paper fallback {})",
            c.baseUrl(), c.paperMailEnabled() ? "on" : "off"),
        () -> log.info("Suomi.fi Messages is not configured: electronic notices stay in the local inbox"));
  }

  boolean enabled() {
    return config.isPresent();
  }

  boolean paperFallback() {
    return config.map(SuomiFiMessagesConfig::paperMailEnabled).orElse(false);
  }

  /** The service id, which keys the events cursor. */
  String serviceId() {
    return config.map(SuomiFiMessagesConfig::serviceId).orElseThrow();
  }

  SuomiFiMessages client() {
    return client;
  }
}
