package fi.kanslia.notification.internal;

import fi.kanslia.messages.EventPage;
import fi.kanslia.messages.MessageEvent;
import fi.kanslia.notification.DeliveryEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the events of Suomi.fi Messages and records them as the evidence of our notices (the
 * external id is the notice id). Each page is fetched outside any transaction and stored with its
 * continuation token in one: the token moves only from the value the page was read with, so a page
 * is applied once even with several application instances. Then evidential notices not retrieved
 * within the period go as letters instead (13/2003 18 §).
 */
@Component
class MessagesEventPoller {

  private static final Logger log = LoggerFactory.getLogger(MessagesEventPoller.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final MessagesGateway messages;
  private final NoticeEvidence evidence;
  private final NotificationProperties properties;
  private final ReentrantLock running = new ReentrantLock();

  MessagesEventPoller(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
      MessagesGateway messages, NoticeEvidence evidence, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.messages = messages;
    this.evidence = evidence;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${kanslia.notification.messages.poll-interval:PT1M}")
  void poll() {
    if (!messages.enabled() || !running.tryLock()) {
      return;
    }
    try {
      readEvents();
    } catch (RuntimeException e) {
      log.warn("Reading Suomi.fi Messages events failed; it runs again shortly", e);
    }
    try {
      fallBackUnretrieved();
    } catch (RuntimeException e) {
      log.warn("The letter fallback of unretrieved evidential notices failed", e);
    } finally {
      running.unlock();
    }
  }

  private void readEvents() {
    String service = messages.serviceId();
    jdbc.sql("insert into messages_event_cursor (service_id) values (?) on conflict do nothing")
        .param(service).update();
    while (true) {
      String token = jdbc.sql("select continuation_token from messages_event_cursor"
              + " where service_id = ?").param(service)
          .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
      EventPage page = messages.client().events(token);
      Boolean stored = transactions.execute(status -> {
        int moved = jdbc.sql("update messages_event_cursor set continuation_token = ?, polled_at = ?"
                + " where service_id = ? and continuation_token is not distinct from ?")
            .params(page.continuationToken(), Timestamp.from(clock.instant()), service, token)
            .update();
        if (moved == 0) {
          return false; // another instance stored this page first
        }
        page.events().forEach(this::apply);
        return true;
      });
      if (!Boolean.TRUE.equals(stored) || page.events().isEmpty()) {
        return;
      }
    }
  }

  private void apply(MessageEvent event) {
    UUID noticeId = noticeId(event.externalId());
    if (noticeId == null) {
      return;
    }
    Optional<String> municipality = jdbc.sql("select municipality_code from notification where id = ?")
        .param(noticeId).query(String.class).optional();
    if (municipality.isEmpty()) {
      return;
    }
    String m = municipality.get();
    Instant at = event.occurredAt();
    switch (event.kind()) {
      case ELECTRONIC_DELIVERED -> evidence.record(m, noticeId, DeliveryEvent.Kind.DELIVERED, at);
      case READ -> evidence.retrieved(m, noticeId, DeliveryEvent.Kind.READ, at);
      case RECEIPT_CONFIRMED, PAPER_RECEIPT_CONFIRMED ->
          evidence.retrieved(m, noticeId, DeliveryEvent.Kind.RECEIVED, at);
      case PAPER_MAIL_SENT -> evidence.sentAsLetter(m, noticeId, DeliveryEvent.Kind.PAPER_SENT, at,
          NoticeEvidence.day(at), false);
      case RETURNED_TO_SENDER -> evidence.record(m, noticeId, DeliveryEvent.Kind.RETURNED, at);
      case UNRESOLVED -> {
        evidence.record(m, noticeId, DeliveryEvent.Kind.UNRESOLVED, at);
        log.warn("Posti could not confirm the delivery of notice {}; an official should look",
            noticeId);
      }
      case PAPER_MAIL_CREATED, NOT_EVIDENCE -> { }
    }
  }

  private static UUID noticeId(String externalId) {
    if (externalId == null) {
      return null;
    }
    try {
      return UUID.fromString(externalId);
    } catch (IllegalArgumentException e) {
      return null; // not one of our notices
    }
  }

  /** Evidential notices sent longer ago than the retrieval period and not retrieved go as letters. */
  void fallBackUnretrieved() {
    Instant now = clock.instant();
    List<Unretrieved> due = jdbc.sql("select n.municipality_code, n.id from notification n"
            + " join notice_delivery d on d.notification_id = n.id and d.route = 'MESSAGES'"
            + " where n.evidential and n.retrieved_at is null and d.status = 'SENT'"
            + " and d.sent_at <= ? and not exists (select 1 from notice_delivery l"
            + " where l.notification_id = n.id and l.route = 'LETTER')")
        .param(Timestamp.from(now.minus(properties.evidentialRetrievalPeriod())))
        .query((rs, n) -> new Unretrieved(rs.getString(1), rs.getObject(2, UUID.class))).list();
    for (Unretrieved notice : due) {
      boolean queued = Boolean.TRUE.equals(transactions.execute(status -> LetterFallback.insert(
          jdbc, evidence, clock.instant(), notice.municipalityCode(), notice.id())));
      if (queued) {
        log.info("Evidential notice {} was not retrieved within {}; it goes as a letter",
            notice.id(), properties.evidentialRetrievalPeriod());
      }
    }
  }

  private record Unretrieved(String municipalityCode, UUID id) {}
}
