package fi.kanslia.notification.internal;

import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.messages.DecisionFile;
import fi.kanslia.messages.MessagesApiException;
import fi.kanslia.messages.MessagesUnavailableException;
import fi.kanslia.messages.OutgoingMessage;
import fi.kanslia.messages.PostalAddress;
import fi.kanslia.messages.SentMessage;
import fi.kanslia.notification.DeliveryEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed electronic notices through Suomi.fi Messages, never inside a database
 * transaction: a row is claimed (a lease on it, committed), the API is called, and the outcome is
 * recorded in a new transaction. The notice id is the message's external id, so a send repeated
 * after a lost answer or a crash is reported as already sent and nothing goes out twice. A failure
 * is retried with doubling back-off; a refusal that no retry can change (4xx), or the last failed
 * attempt, sends the notice as a letter instead, so that no notice is lost.
 */
@Component
class MessagesRelay implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MessagesRelay.class);
  /** Long enough for an upload and a send at their timeouts; a crashed relay's row returns after it. */
  private static final Duration LEASE = Duration.ofMinutes(5);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final MessagesGateway messages;
  private final People people;
  private final NoticeEvidence evidence;
  private final NotificationProperties properties;
  private final ReentrantLock running = new ReentrantLock();
  private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(
      Thread.ofPlatform().name("messages-relay-wakeup").daemon().factory());

  MessagesRelay(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
      MessagesGateway messages, People people, NoticeEvidence evidence,
      NotificationProperties properties) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.messages = messages;
    this.people = people;
    this.evidence = evidence;
    this.properties = properties;
  }

  /** Sends soon after the current transaction commits, instead of at the next tick. */
  void wakeUpAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          wakeUps.execute(MessagesRelay.this::relayPending);
        }
      });
    }
  }

  @Scheduled(fixedDelayString = "${kanslia.notification.messages.relay-interval:PT5S}")
  void relayPending() {
    if (!messages.enabled() || !running.tryLock()) {
      return;
    }
    try {
      Pending pending;
      while ((pending = claimNext()) != null) {
        deliver(pending);
      }
    } catch (RuntimeException e) {
      log.warn("Suomi.fi Messages relay failed; it runs again shortly", e);
    } finally {
      running.unlock();
    }
  }

  /** Claims the oldest due row with a lease, committed at once (no transaction stays open). */
  private Pending claimNext() {
    Instant now = clock.instant();
    return jdbc.sql("update notice_delivery set attempts = attempts + 1, next_attempt_at = ?"
            + " where id = (select id from notice_delivery where route = 'MESSAGES'"
            + " and status = 'PENDING' and next_attempt_at <= ? order by created_at limit 1"
            + " for update skip locked)"
            + " returning id, municipality_code, notification_id, case_number, language,"
            + " document_name, document, attempts,"
            + " (select recipient_id from notification n where n.id = notification_id) as recipient_id,"
            + " (select evidential from notification n where n.id = notification_id) as evidential")
        .params(Timestamp.from(now.plus(LEASE)), Timestamp.from(now))
        .query((rs, n) -> new Pending(rs.getObject("id", UUID.class),
            rs.getString("municipality_code"), rs.getObject("notification_id", UUID.class),
            rs.getObject("recipient_id", UUID.class), rs.getString("case_number"),
            rs.getString("language"), rs.getString("document_name"), rs.getBytes("document"),
            rs.getInt("attempts"), rs.getBoolean("evidential")))
        .optional().orElse(null);
  }

  private void deliver(Pending p) {
    try {
      SentMessage sent = messages.client().send(message(p));
      transactions.executeWithoutResult(status -> {
        Instant now = clock.instant();
        jdbc.sql("update notice_delivery set status = 'SENT', sent_at = ?, message_id = ?,"
                + " last_error = null where id = ? and status = 'PENDING'")
            .params(Timestamp.from(now), sent.messageId(), p.id()).update();
        evidence.sentElectronically(p.municipalityCode(), p.noticeId(), now);
      });
      log.info("Notice {} sent through Suomi.fi Messages as message {}{}", p.noticeId(),
          sent.messageId(), sent.alreadySent() ? " (sent before)" : "");
    } catch (MessagesApiException e) {
      if (e.retryable()) {
        retryOrFallBack(p, e.getMessage());
      } else {
        fallBackToLetter(p, e.getMessage());
      }
    } catch (MessagesUnavailableException e) {
      retryOrFallBack(p, e.getMessage());
    } catch (RuntimeException e) {
      // e.g. the recipient vanished from the register: retried, and never believed delivered
      retryOrFallBack(p, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private OutgoingMessage message(Pending p) {
    Person person = people.find(p.municipalityCode(), p.recipientId()).orElseThrow(
        () -> new IllegalStateException("The recipient of notice " + p.noticeId() + " is not known"));
    PostalAddress address = messages.paperFallback() ? address(person) : null;
    boolean swedish = "sv".equals(p.language());
    String title = swedish ? "Beslut i ärende " + p.caseNumber() : "Päätös asiassa " + p.caseNumber();
    String body = swedish
        ? "Beslutet i ärende " + p.caseNumber() + " finns i bilagan. Anvisningar för hur man begär"
            + " omprövning eller söker ändring finns i slutet av beslutet."
        : "Päätös asiassa " + p.caseNumber() + " on liitteenä. Ohjeet oikaisuvaatimuksen tai"
            + " valituksen tekemiseen ovat päätöksen lopussa.";
    return new OutgoingMessage(p.noticeId().toString(), person.identityCode().value(), title, body,
        new DecisionFile(p.documentName(), p.document()), p.evidential(), address);
  }

  /** The person's address, for the letter only (turvakielto: used for delivery, never shown). */
  static PostalAddress address(Person person) {
    return PostalAddress.finnish(person.fullName(), person.streetAddress(), person.postalCode(),
        person.postOffice());
  }

  private void retryOrFallBack(Pending p, String error) {
    if (p.attempts() >= properties.messages().maxAttempts()) {
      fallBackToLetter(p, error);
      return;
    }
    Duration backoff = properties.messages().backoff(p.attempts());
    log.warn("Suomi.fi Messages did not take notice {} (attempt {}), retrying in {}: {}",
        p.noticeId(), p.attempts(), backoff, error);
    jdbc.sql("update notice_delivery set last_error = ?, next_attempt_at = ?"
            + " where id = ? and status = 'PENDING'")
        .params(error, Timestamp.from(clock.instant().plus(backoff)), p.id()).update();
  }

  private void fallBackToLetter(Pending p, String error) {
    log.warn("Suomi.fi Messages refused notice {} (attempt {}); it goes as a letter: {}",
        p.noticeId(), p.attempts(), error);
    transactions.executeWithoutResult(status -> {
      jdbc.sql("update notice_delivery set status = 'FAILED', last_error = ? where id = ?"
              + " and status = 'PENDING'")
          .params(error, p.id()).update();
      LetterFallback.insert(jdbc, evidence, clock.instant(), p.municipalityCode(), p.noticeId());
    });
  }

  @Override
  public void close() {
    wakeUps.shutdownNow();
  }

  private record Pending(UUID id, String municipalityCode, UUID noticeId, UUID recipientId,
      String caseNumber, String language, String documentName, byte[] document, int attempts,
      boolean evidential) {}
}
