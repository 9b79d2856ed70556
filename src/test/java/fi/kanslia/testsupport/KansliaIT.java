package fi.kanslia.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kanslia.demo.DemoPopulation;
import fi.kanslia.platform.internal.EmbeddedZeebeEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application on real parts: embedded PostgreSQL, the in-process Zeebe engine (reached
 * through a loopback proxy so that tests can cut it), the in-process CMIS repository, the local TSA.
 * One application context and one set of servers serve every integration test in the JVM. The demo
 * population is seeded; no demo cases are driven.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"kanslia.demo.enabled=true", "kanslia.demo.cases=false",
        "kanslia.engine.relay-interval=PT0.2S",
        // Tests write letter batches when they mean to, not every ten minutes in the middle of another test.
        "kanslia.notification.letters.interval=P1D"})
@org.springframework.context.annotation.Import(KansliaIT.TestTime.class)
public abstract class KansliaIT {

  /** The application runs on {@link TestClock}, which follows the engine's clock. */
  @org.springframework.boot.test.context.TestConfiguration
  static class TestTime {
    @org.springframework.context.annotation.Bean
    @org.springframework.context.annotation.Primary
    java.time.Clock testClock() {
      return new TestClock();
    }
  }


  protected static final LoopbackProxy ENGINE =
      LoopbackProxy.to(EmbeddedZeebeEngine.shared().gatewayAddress());

  /** A real SMTP server on loopback, one per test JVM, receiving the e-mail notices. */
  protected static final GreenMail MAIL = startMail();

  private static GreenMail startMail() {
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)
        .dynamicPort());
    mail.start();
    return mail;
  }

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void engineThroughProxy(DynamicPropertyRegistry registry) {
    registry.add("camunda.client.grpc-address", () -> "http://" + ENGINE.address());
    registry.add("camunda.client.rest-address", () -> "http://" + ENGINE.address());
    registry.add("camunda.client.prefer-rest-over-grpc", () -> "false");
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  protected WebSession as(String username) {
    return WebSession.loggedIn(port, username, DemoPopulation.PASSWORD);
  }

  /** The case's status as the guardian's case page shows it. */
  protected static String caseStatus(WebSession session, String casePath) {
    return session.get(casePath).document().selectFirst("#case-status").attr("data-status");
  }

  /** Waits (bounded) for something the process does asynchronously. */
  public static void eventually(Duration limit, String what, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(limit);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Not within " + limit + ": " + what);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
