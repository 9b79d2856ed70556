package fi.kanslia.notification;

import static fi.kanslia.demo.DemoPopulation.MUNICIPALITY;

import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.Person;
import fi.kanslia.messages.MessagesApiServer;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An installation configured for Suomi.fi Messages, run against the adapter's stand-in of the API
 * (real HTTP, real multipart), with {@code SUPPORT} configured evidential. It has a database and a
 * process engine of its own, so the other integration tests' application (local inbox) never takes
 * its jobs or its notices: one extra application context, shared by the classes that extend this
 * one. Letter batches and receipt imports run when a test means them to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kanslia.demo.enabled=true", "kanslia.demo.cases=false",
        "kanslia.engine.relay-interval=PT0.2S",
        "kanslia.notification.messages.relay-interval=PT0.2S",
        "kanslia.notification.messages.poll-interval=PT0.3S",
        "kanslia.notification.messages.retry-backoff=PT0.2S",
        "kanslia.notification.messages.max-backoff=PT1S",
        "kanslia.notification.evidential-types=SUPPORT",
        "kanslia.notification.evidential-retrieval-period=PT6S",
        "kanslia.notification.letters.interval=P1D",
        "kanslia.notification.receipts.interval=P1D"})
abstract class MessagesInstallation {

  static final MessagesApiServer STAND_IN = MessagesApiServer.start();
  static final ZeebeTestEngine ENGINE = startEngine();
  static final EmbeddedPostgres DATABASE = startDatabase();
  /** Where the postal service's receipt files arrive in this installation. */
  static final Path RECEIPT_INBOX = temporaryDirectory("kanslia-receipts-it");
  static final Duration LIMIT = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired Notifications notifications;
  @Autowired IdentityRegistry identities;

  @DynamicPropertySource
  static void installation(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> DATABASE.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
    registry.add("camunda.client.grpc-address", () -> "http://" + ENGINE.getGatewayAddress());
    registry.add("camunda.client.rest-address", () -> "http://" + ENGINE.getGatewayAddress());
    registry.add("camunda.client.prefer-rest-over-grpc", () -> "false");
    registry.add("kanslia.notification.receipts.inbox-dir", RECEIPT_INBOX::toString);
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

  /** A new person in the population register, not anyone's guardian. */
  Person newPerson(String firstName) {
    LocalDate born = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
    Person person = new Person(UUID.randomUUID(), MUNICIPALITY,
        IdentityCode.of(born, ThreadLocalRandom.current().nextInt(900, 999)), firstName, "Testinen",
        born, "fi", "Koekatu 3", "00100", "HELSINKI", false);
    identities.addPerson(person);
    return person;
  }

  /** The notice as the register holds it now. */
  Notice current(Notice notice) {
    return notifications.forDecision(notice.decisionId()).stream()
        .filter(n -> n.id().equals(notice.id())).findFirst().orElseThrow();
  }

  /** The kinds of the notice's evidence, in order. */
  List<String> kinds(Notice notice) {
    return notifications.events(notice.id()).stream().map(e -> e.kind().name()).toList();
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

  private static Path temporaryDirectory(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
