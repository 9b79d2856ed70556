package fi.kanslia.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuomiFiMessagesConfigTest {

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("KANSLIA_SUOMIFI_MESSAGES_URL", "https://api.messages-qa.suomi.fi");
        env.put("KANSLIA_SUOMIFI_MESSAGES_USERNAME", "kanslia-rest");
        env.put("KANSLIA_SUOMIFI_MESSAGES_PASSWORD", "s3cret-pass");
        env.put("KANSLIA_SUOMIFI_MESSAGES_SERVICE_ID", "kanslia-education");
        return env;
    }

    @Test
    void nothingSetMeansNotConfigured() {
        assertThat(SuomiFiMessagesConfig.fromEnvironment(Map.of())).isEmpty();
    }

    @Test
    void theFourVariablesConfigureElectronicDeliveryWithoutPaperFallback() {
        SuomiFiMessagesConfig config = SuomiFiMessagesConfig.fromEnvironment(env()).orElseThrow();

        assertThat(config.baseUrl()).hasToString("https://api.messages-qa.suomi.fi");
        assertThat(config.serviceId()).isEqualTo("kanslia-education");
        assertThat(config.paperMailEnabled()).isFalse();
        assertThat(config.toString()).doesNotContain("s3cret-pass");
    }

    @Test
    void thePostiContractAndOurAddressTurnOnThePaperFallback() {
        Map<String, String> env = env();
        env.put("KANSLIA_SUOMIFI_MESSAGES_POSTI_USERNAME", "billing-1");
        env.put("KANSLIA_SUOMIFI_MESSAGES_POSTI_PASSWORD", "posti-pass");
        env.put("KANSLIA_SUOMIFI_MESSAGES_POSTI_CONTACT_EMAIL", "kirjaamo@example.fi");
        env.put("KANSLIA_SUOMIFI_MESSAGES_SENDER_NAME", "Kasvatus ja koulutus");
        env.put("KANSLIA_SUOMIFI_MESSAGES_SENDER_STREET_ADDRESS", "PL 51000");
        env.put("KANSLIA_SUOMIFI_MESSAGES_SENDER_ZIP_CODE", "00099");
        env.put("KANSLIA_SUOMIFI_MESSAGES_SENDER_CITY", "HELSINGIN KAUPUNKI");

        SuomiFiMessagesConfig config = SuomiFiMessagesConfig.fromEnvironment(env).orElseThrow();

        assertThat(config.paperMailEnabled()).isTrue();
        assertThat(config.paperMail().senderAddress().zipCode()).isEqualTo("00099");
        assertThat(config.toString()).doesNotContain("s3cret-pass", "posti-pass");
    }

    @Test
    void aHalfConfiguredPaperFallbackNamesTheMissingVariable() {
        Map<String, String> env = env();
        env.put("KANSLIA_SUOMIFI_MESSAGES_POSTI_USERNAME", "billing-1");

        assertThatThrownBy(() -> SuomiFiMessagesConfig.fromEnvironment(env))
                .hasMessageContaining("KANSLIA_SUOMIFI_MESSAGES_POSTI_PASSWORD must be set");
    }

    @Test
    void theUnconfiguredDefaultRefusesToSend() {
        assertThatThrownBy(() -> new UnconfiguredSuomiFiMessages().send(TestDeliveries.message("n", "010190-999K")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KANSLIA_SUOMIFI_MESSAGES_URL");
    }

    @Test
    void anOutgoingMessageNeverPrintsTheIdentityCodeOrAddress() {
        assertThat(TestDeliveries.message("notice-1", "010190-999K").toString())
                .contains("notice-1").doesNotContain("010190-999K", "Virtanen", "Kuusikuja");
    }
}
