package fi.kanslia.notification;

import static fi.kanslia.demo.DemoPopulation.GUARDIAN;
import static fi.kanslia.demo.DemoPopulation.MUNICIPALITY;
import static fi.kanslia.demo.DemoPopulation.PASSWORD;
import static fi.kanslia.testsupport.KansliaIT.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.messages.MessagesApiServer;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.WebSession;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An installation configured for Suomi.fi Messages, run against the adapter's stand-in of the API
 * (real HTTP, real multipart). It has a database and a process engine of its own, so the other
 * integration tests' application (local inbox) never takes its jobs or its notices: one extra
 * application context for all Messages tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kanslia.demo.enabled=true", "kanslia.demo.cases=false",
        "kanslia.engine.relay-interval=PT0.2S",
        "kanslia.notification.messages.relay-interval=PT0.2S",
        "kanslia.notification.messages.poll-interval=PT0.3S",
        "kanslia.notification.messages.retry-backoff=PT0.2S",
        "kanslia.notification.messages.max-backoff=PT1S",
        "kanslia.notification.evidential-types=SUPPORT",
        "kanslia.notification.evidential-retrieval-period=PT6S"})
class SuomiFiMessagesIT {

  static final MessagesApiServer STAND_IN = MessagesApiServer.start();
  static final ZeebeTestEngine ENGINE = startEngine();
  static final EmbeddedPostgres DATABASE = startDatabase();
  static final Duration LIMIT = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void installation(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("camunda.client.grpc-address", () -> "http://" + ENGINE.getGatewayAddress());
    registry.add("camunda.client.rest-address", () -> "http://" + ENGINE.getGatewayAddress());
    registry.add("camunda.client.prefer-rest-over-grpc", () -> "false");
    registry.add("KANSLIA_SUOMIFI_MESSAGES_URL", () -> STAND_IN.baseUrl().toString());
    registry.add("KANSLIA_SUOMIFI_MESSAGES_USERNAME", () -> MessagesApiServer.USERNAME);
    registry.add("KANSLIA_SUOMIFI_MESSAGES_PASSWORD", () -> MessagesApiServer.PASSWORD);
    registry.add("KANSLIA_SUOMIFI_MESSAGES_SERVICE_ID", () -> MessagesApiServer.SERVICE_ID);
    registry.add("KANSLIA_SUOMIFI_MESSAGES_POSTI_USERNAME", () -> "posti-contract-1");
    registry.add("KANSLIA_SUOMIFI_MESSAGES_POSTI_PASSWORD", () -> "posti-secret");
    registry.add("KANSLIA_SUOMIFI_MESSAGES_POSTI_CONTACT_EMAIL", () -> "tulostus@example.invalid");
    registry.add("KANSLIA_SUOMIFI_MESSAGES_SENDER_NAME", () -> "Kasvatus ja koulutus");
    registry.add("KANSLIA_SUOMIFI_MESSAGES_SENDER_STREET_ADDRESS", () -> "PL 1");
    registry.add("KANSLIA_SUOMIFI_MESSAGES_SENDER_ZIP_CODE", () -> "00099");
    registry.add("KANSLIA_SUOMIFI_MESSAGES_SENDER_CITY", () -> "HELSINKI");
  }

  @LocalServerPort int port;
  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired Notifications notifications;
  @Autowired LetterBatches letterBatches;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired IdentityRegistry identities;

  @Test
  void theElectronicNoticeArrivesWithTheSignedDecisionAndItsEventsBecomeEvidence() {
    Person maija = person(GUARDIAN);
    STAND_IN.activeMailbox(maija.identityCode().value());
    CaseFile caseFile = decidedCases.archivedWithEmail("maija+" + UUID.randomUUID() + "@example.invalid");
    Notice notice = electronicNotice(caseFile);

    MessagesApiServer.Message message = messageOf(notice);
    JsonNode body = message.body();
    assertThat(body.at("/recipient/id").asText()).isEqualTo(maija.identityCode().value());
    assertThat(body.at("/electronic/title").asText()).contains(caseFile.caseNumber());
    assertThat(body.at("/electronic/messageServiceType").asText()).isEqualTo("Normal");
    MessagesApiServer.Attachment attachment =
        STAND_IN.attachment(body.at("/electronic/attachments/0/attachmentId").asText());
    assertThat(attachment.contentType()).isEqualTo("application/pdf");
    assertThat(attachment.content()).as("the decision as signed and archived")
        .isEqualTo(decisions.signedDocument(caseFile.id()).orElseThrow());
    assertThat(body.at("/paperMail/recipient/address/streetAddress").asText())
        .as("the paper fallback carries the address").isEqualTo(maija.streetAddress());

    eventually(LIMIT, "the mailbox event is evidence", () -> kinds(notice).contains("DELIVERED"));
    STAND_IN.read(message.messageId());
    eventually(LIMIT, "the reading is evidence", () -> kinds(notice).contains("READ"));

    String casePath = "/guardian/cases/" + caseFile.id();
    assertThat(WebSession.loggedIn(port, GUARDIAN, PASSWORD).get(casePath).document()
        .select(".delivery li").eachAttr("data-event"))
        .as("the guardian sees the evidence on the case page")
        .contains("SENT", "DELIVERED", "READ");
    LocalDate sentOn = sent(notice).atZone(ZoneId.of("Europe/Helsinki")).toLocalDate();
    assertThat(current(notice).deemedNotifiedOn())
        .as("an electronic notice counts as received on the 3rd day after sending")
        .isEqualTo(sentOn.plusDays(3));
  }

  @Test
  void anOutageOfTheServiceIsRetriedAndTheNoticeIsSentOnce() {
    STAND_IN.activeMailbox(person(GUARDIAN).identityCode().value());
    int failedBefore = STAND_IN.failedSends();
    STAND_IN.failSends(3, 503);
    CaseFile caseFile = decidedCases.archivedWithEmail("maija+" + UUID.randomUUID() + "@example.invalid");
    Notice notice = electronicNotice(caseFile);

    messageOf(notice);
    assertThat(STAND_IN.failedSends() - failedBefore).as("three sends met the outage").isEqualTo(3);
    assertThat(STAND_IN.messages()).filteredOn(m -> m.body().path("externalId").asText()
        .equals(notice.id().toString())).hasSize(1);
    eventually(LIMIT, "the mailbox event is evidence", () -> kinds(notice).contains("DELIVERED"));
    assertThat(kinds(notice)).as("sent once, never as a letter").containsOnlyOnce("SENT")
        .doesNotContain("LETTER_FALLBACK", "PAPER_SENT");
  }

  @Test
  void anEvidentialNoticeCountsFromRetrievalAndOneNotRetrievedInTimeGoesAsALetter() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    byte[] signed = decisions.signedDocument(caseFile.id()).orElseThrow();
    Person retrieving = newPerson("Reija");
    Person away = newPerson("Pekka");
    STAND_IN.activeMailbox(retrieving.identityCode().value());
    STAND_IN.activeMailbox(away.identityCode().value());
    // SUPPORT is configured evidential in this installation
    Notice retrieved = notifications.send(new NoticeRequest(MUNICIPALITY, decisionId,
        caseFile.caseNumber(), retrieving.id(), Channel.ELECTRONIC, null, "fi", Decisions.SUPPORT,
        null, signed));
    Notice unretrieved = notifications.send(new NoticeRequest(MUNICIPALITY, decisionId,
        caseFile.caseNumber(), away.id(), Channel.ELECTRONIC, null, "fi", Decisions.SUPPORT, null,
        signed));

    MessagesApiServer.Message message = messageOf(retrieved);
    assertThat(message.body().at("/electronic/messageServiceType").asText()).isEqualTo("Verifiable");
    assertThat(messageOf(unretrieved).body().at("/electronic/messageServiceType").asText())
        .isEqualTo("Verifiable");
    STAND_IN.confirmReceipt(message.messageId());
    eventually(LIMIT, "the receipt is evidence", () -> kinds(retrieved).contains("RECEIVED"));
    LocalDate retrievalDay = notifications.events(retrieved.id()).stream()
        .filter(e -> e.kind() == DeliveryEvent.Kind.RECEIVED).findFirst().orElseThrow()
        .occurredAt().atZone(ZoneId.of("Europe/Helsinki")).toLocalDate();
    assertThat(current(retrieved).deemedNotifiedOn())
        .as("evidential notification is complete on retrieval").isEqualTo(retrievalDay);

    eventually(LIMIT, "the unretrieved notice falls back to a letter",
        () -> kinds(unretrieved).contains("LETTER_FALLBACK"));
    letterBatches.sendPending(MUNICIPALITY);
    eventually(LIMIT, "the fallback letter is in a batch",
        () -> letterBatches.letterOf(unretrieved.id()).isPresent());
    PostedLetter letter = letterBatches.letterOf(unretrieved.id()).orElseThrow();
    assertThat(kinds(unretrieved)).contains("SENT", "LETTER_FALLBACK", "PAPER_SENT");
    assertThat(current(unretrieved).deemedNotifiedOn())
        .as("the letter counts as received on the 7th day after sending")
        .isEqualTo(letter.sentOn().plusDays(7));
    assertThat(kinds(retrieved)).doesNotContain("LETTER_FALLBACK");
    assertThat(letterBatches.letterOf(retrieved.id())).isEmpty();
  }

  private Notice electronicNotice(CaseFile caseFile) {
    UUID decisionId = decisions.forCase(caseFile.id()).orElseThrow().id();
    return notifications.forDecision(decisionId).stream()
        .filter(n -> n.channel() == Channel.ELECTRONIC).findFirst().orElseThrow();
  }

  private MessagesApiServer.Message messageOf(Notice notice) {
    eventually(LIMIT, "the stand-in has the message of notice " + notice.id(),
        () -> find(notice).isPresent());
    return find(notice).orElseThrow();
  }

  private static Optional<MessagesApiServer.Message> find(Notice notice) {
    return STAND_IN.messages().stream()
        .filter(m -> m.body().path("externalId").asText().equals(notice.id().toString())).findFirst();
  }

  private List<String> kinds(Notice notice) {
    return notifications.events(notice.id()).stream().map(e -> e.kind().name()).toList();
  }

  private java.time.Instant sent(Notice notice) {
    return notifications.events(notice.id()).stream()
        .filter(e -> e.kind() == DeliveryEvent.Kind.SENT).findFirst().orElseThrow().occurredAt();
  }

  private Notice current(Notice notice) {
    return notifications.forDecision(notice.decisionId()).stream()
        .filter(n -> n.id().equals(notice.id())).findFirst().orElseThrow();
  }

  private Person person(String username) {
    return people.find(MUNICIPALITY, accounts.byUsername(username).orElseThrow().personId())
        .orElseThrow();
  }

  private Person newPerson(String firstName) {
    LocalDate born = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
    Person person = new Person(UUID.randomUUID(), MUNICIPALITY,
        IdentityCode.of(born, ThreadLocalRandom.current().nextInt(900, 999)), firstName, "Testinen",
        born, "fi", "Koekatu 3", "00100", "HELSINKI", false);
    identities.addPerson(person);
    return person;
  }

  private static ZeebeTestEngine startEngine() {
    ZeebeTestEngine engine = EngineFactory.create();
    engine.start();
    Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "messages-it-zeebe-stop"));
    return engine;
  }

  private static EmbeddedPostgres startDatabase() {
    try {
      return EmbeddedPostgres.builder().setServerConfig("fsync", "off").start(); // stops at JVM exit
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
