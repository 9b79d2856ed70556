package fi.kanslia.messages;

import static fi.kanslia.messages.TestDeliveries.GUARDIAN_ID;
import static fi.kanslia.messages.TestDeliveries.OTHER_GUARDIAN_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against {@link MessagesApiServer}, the documented contract on a loopback port. */
class RestSuomiFiMessagesTest {

    private MessagesApiServer server;
    private MovableClock clock;
    private RestSuomiFiMessages messages;

    @BeforeEach
    void start() {
        server = MessagesApiServer.start();
        clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
        messages = new RestSuomiFiMessages(TestDeliveries.config(server), clock);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void theSignedDecisionArrivesUnchangedAsTheAttachmentOfTheMessage() {
        server.activeMailbox(GUARDIAN_ID);
        DecisionFile decision = TestDeliveries.decision("paatos-KASV-12-2026.pdf", 3);
        OutgoingMessage message = new OutgoingMessage("notice-1", GUARDIAN_ID, "Päätös: koulupaikka",
                "Sinulle on tehty päätös koulupaikasta. Päätös on liitteenä.", decision, false,
                TestDeliveries.GUARDIAN_ADDRESS);

        SentMessage sent = messages.send(message);

        assertThat(sent.alreadySent()).isFalse();
        MessagesApiServer.Message received = server.messages().getFirst();
        assertThat(received.messageId()).isEqualTo(sent.messageId());
        JsonNode electronic = received.body().path("electronic");
        assertThat(electronic.path("title").asText()).isEqualTo("Päätös: koulupaikka");
        assertThat(electronic.path("messageServiceType").asText()).isEqualTo("Normal");
        var attachment = server.attachment(electronic.path("attachments").get(0).path("attachmentId").asText());
        assertThat(attachment.fileName()).isEqualTo("paatos-KASV-12-2026.pdf");
        assertThat(attachment.contentType()).isEqualTo("application/pdf");
        assertThat(attachment.content()).isEqualTo(decision.pdf());
    }

    @Test
    void aVerifiableMessageIsMarkedVerifiableInBothParts() {
        messages.send(TestDeliveries.verifiable("notice-2", GUARDIAN_ID));

        JsonNode body = server.messages().getFirst().body();
        assertThat(body.path("electronic").path("messageServiceType").asText()).isEqualTo("Verifiable");
        assertThat(body.path("paperMail").path("messageServiceType").asText()).isEqualTo("Verifiable");
    }

    @Test
    void thePaperFallbackCarriesTheRecipientsAndOurAddressAndThePostiContract() {
        SentMessage sent = messages.send(TestDeliveries.message("notice-3", GUARDIAN_ID));

        MessagesApiServer.Message received = server.messages().getFirst();
        assertThat(received.path()).isEqualTo("/v2/messages");
        JsonNode paper = received.body().path("paperMail");
        JsonNode to = paper.path("recipient").path("address");
        assertThat(List.of(to.path("name").asText(), to.path("streetAddress").asText(), to.path("zipCode").asText(),
                to.path("city").asText(), to.path("countryCode").asText()))
                .containsExactly("Virtanen Maija", "Kuusikuja 4 B 12", "00980", "HELSINKI", "FI");
        assertThat(paper.path("sender").path("address").path("streetAddress").asText()).isEqualTo("PL 51000");
        assertThat(paper.path("printingAndEnvelopingService").path("postiMessaging").path("username").asText())
                .isEqualTo("posti-billing-1");
        assertThat(paper.path("attachments")).isEqualTo(received.body().path("electronic").path("attachments"));
        // The party has no mailbox: the API turned it into a letter.
        assertThat(messages.events(null).events()).extracting(MessageEvent::kind, MessageEvent::messageId)
                .containsExactly(tuple(EvidenceKind.PAPER_MAIL_CREATED,
                        sent.messageId()), tuple(EvidenceKind.PAPER_MAIL_SENT,
                        sent.messageId()));
    }

    @Test
    void withoutAPaperAddressTheMessageIsElectronicOnlyAndAPartyWithoutAMailboxIsRefused() {
        OutgoingMessage m = TestDeliveries.message("notice-4", GUARDIAN_ID);
        OutgoingMessage electronicOnly = new OutgoingMessage(m.externalId(), m.recipientId(), m.title(), m.body(),
                m.decision(), false, null);

        assertThatThrownBy(() -> messages.send(electronicOnly))
                .isInstanceOf(MessagesApiException.class)
                .hasMessageContaining("HTTP 400").hasMessageContaining("does not have an active mailbox");

        server.activeMailbox(GUARDIAN_ID);
        messages.send(electronicOnly);
        MessagesApiServer.Message received = server.messages().getFirst();
        assertThat(received.path()).isEqualTo("/v2/messages/electronic");
        assertThat(received.body().has("paperMail")).isFalse();
    }

    @Test
    void paperMailNotConfiguredMeansElectronicOnlyEvenWithAnAddress() {
        SuomiFiMessagesConfig full = TestDeliveries.config(server);
        var electronicOnly = new RestSuomiFiMessages(new SuomiFiMessagesConfig(full.baseUrl(), full.username(),
                full.password(), full.serviceId(), null), clock);
        server.activeMailbox(GUARDIAN_ID);

        electronicOnly.send(TestDeliveries.message("notice-5", GUARDIAN_ID));

        assertThat(server.messages().getFirst().path()).isEqualTo("/v2/messages/electronic");
    }

    @Test
    void aTokenThatTheApiNoLongerAcceptsIsRenewedOnceAndTheCallSucceeds() {
        server.activeMailbox(GUARDIAN_ID);
        messages.send(TestDeliveries.message("notice-6", GUARDIAN_ID));
        assertThat(server.tokenRequests()).isEqualTo(1);

        server.expireTokens();
        SentMessage sent = messages.send(TestDeliveries.message("notice-7", GUARDIAN_ID));

        assertThat(sent.alreadySent()).isFalse();
        assertThat(server.messages()).hasSize(2);
        assertThat(server.tokenRequests()).isEqualTo(2);
        assertThat(server.unauthorizedAnswers()).isEqualTo(1);
    }

    @Test
    void aTokenPastItsLifetimeIsRenewedBeforeTheCall() {
        messages.events(null);
        clock.advance(Duration.ofMinutes(59).plusSeconds(30)); // expires_in 3600 s, renewed a minute early

        messages.events(null);

        assertThat(server.tokenRequests()).isEqualTo(2);
        assertThat(server.unauthorizedAnswers()).isZero();
    }

    @Test
    void aTokenWithinItsLifetimeIsReused() {
        messages.events(null);
        clock.advance(Duration.ofMinutes(30));

        messages.events(null);

        assertThat(server.tokenRequests()).isEqualTo(1);
    }

    @Test
    void wrongCredentialsSurfaceWithTheApisReason() {
        SuomiFiMessagesConfig full = TestDeliveries.config(server);
        var wrong = new RestSuomiFiMessages(new SuomiFiMessagesConfig(full.baseUrl(), full.username(), "wrong",
                full.serviceId(), full.paperMail()), clock);

        assertThatThrownBy(() -> wrong.events(null))
                .isInstanceOfSatisfying(MessagesApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessage("Suomi.fi Messages: get access token failed with HTTP 400: Invalid username or password");
    }

    @Test
    void aRepeatedSendIsReportedAsAlreadySentAndNothingIsSentTwice() {
        server.activeMailbox(GUARDIAN_ID);
        SentMessage first = messages.send(TestDeliveries.message("notice-8", GUARDIAN_ID));

        SentMessage again = messages.send(TestDeliveries.message("notice-8", GUARDIAN_ID));

        assertThat(again.alreadySent()).isTrue();
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(server.messages()).hasSize(1);
    }

    @Test
    void eventsBecomeEvidenceInOrderAcrossPages() {
        server.pageSize(2);
        server.activeMailbox(GUARDIAN_ID);
        SentMessage electronic = messages.send(TestDeliveries.verifiable("notice-9", GUARDIAN_ID));
        SentMessage paper = messages.send(TestDeliveries.verifiable("notice-10", OTHER_GUARDIAN_ID));
        server.read(electronic.messageId());
        server.messageFromEndUser();
        server.confirmReceipt(electronic.messageId());
        server.posti("Posti: returned to sender", paper.messageId());

        List<MessageEvent> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        while (true) {
            EventPage page = messages.events(token);
            token = page.continuationToken();
            if (page.events().isEmpty()) {
                break;
            }
            pages++;
            all.addAll(page.events());
        }

        assertThat(pages).isEqualTo(4);
        assertThat(all).extracting(MessageEvent::externalId, MessageEvent::kind).containsExactly(
                tuple("notice-9", EvidenceKind.ELECTRONIC_DELIVERED),
                tuple("notice-10", EvidenceKind.PAPER_MAIL_CREATED),
                tuple("notice-10", EvidenceKind.PAPER_MAIL_SENT),
                tuple("notice-9", EvidenceKind.READ),
                tuple(null, EvidenceKind.NOT_EVIDENCE),
                tuple("notice-9", EvidenceKind.RECEIPT_CONFIRMED),
                tuple("notice-10", EvidenceKind.RETURNED_TO_SENDER));
        assertThat(all).extracting(MessageEvent::occurredAt).isSorted();
        // Polled again later from the stored token: nothing is repeated.
        assertThat(messages.events(token).events()).isEmpty();
    }

    @Test
    void anApiErrorSurfacesWithItsStatusAndReasonAndNoIdentityCode() {
        server.failNext(400, "{\"reason\":\"Validation failed\",\"validationErrors\":[{\"error\":\"recipient.id: "
                + GUARDIAN_ID + " is not a valid identity code\"}]}");

        assertThatThrownBy(() -> messages.send(TestDeliveries.message("notice-11", GUARDIAN_ID)))
                .isInstanceOfSatisfying(MessagesApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.reason()).isEqualTo("Validation failed");
                    assertThat(e.validationErrors()).containsExactly(
                            "recipient.id: ******-**** is not a valid identity code");
                })
                .hasMessageContaining("upload attachment failed with HTTP 400: Validation failed")
                .hasMessageNotContaining(GUARDIAN_ID);
    }

    @Test
    void aServiceBreakIsRetryableAndARetryAfterItSendsOnce() {
        server.activeMailbox(GUARDIAN_ID);
        server.failNext(503, "{\"reason\":\"Service under maintenance\"}");

        assertThatThrownBy(() -> messages.send(TestDeliveries.message("notice-12", GUARDIAN_ID)))
                .isInstanceOfSatisfying(MessagesApiException.class, e -> assertThat(e.retryable()).isTrue())
                .hasMessageContaining("HTTP 503: Service under maintenance");
        SentMessage retried = messages.send(TestDeliveries.message("notice-12", GUARDIAN_ID));

        assertThat(retried.alreadySent()).isFalse();
        assertThat(server.messages()).hasSize(1);
    }

    @Test
    void anUnreachableApiIsReportedAsUnavailable() throws Exception {
        SuomiFiMessagesConfig config = TestDeliveries.config(server);
        server.close();

        assertThatThrownBy(() -> new RestSuomiFiMessages(config, clock).events(null))
                .isInstanceOf(MessagesUnavailableException.class)
                .hasMessageContaining("get access token failed");
        server = MessagesApiServer.start();
    }

    @Test
    void theLogNamesTheDeliveryButNeverTheIdentityCodeOrTheAddress() {
        server.activeMailbox(GUARDIAN_ID);
        String log = ErrCapture.during(() -> {
            SentMessage sent = messages.send(TestDeliveries.message("notice-13", GUARDIAN_ID));
            messages.send(TestDeliveries.message("notice-13", GUARDIAN_ID));
            messages.send(TestDeliveries.message("notice-14", OTHER_GUARDIAN_ID));
            server.expireTokens();
            messages.events(null);
            server.read(sent.messageId());
        });

        assertThat(log).contains("notice-13", "notice-14", "already has external id notice-13");
        assertThat(log).doesNotContain(GUARDIAN_ID, OTHER_GUARDIAN_ID, "Virtanen", "Kuusikuja", "00980",
                MessagesApiServer.PASSWORD);
    }

    /** A clock that a test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
