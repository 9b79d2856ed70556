package fi.kanslia.notification.internal;

import fi.kanslia.notification.Channel;
import fi.kanslia.notification.DeliveryEvent;
import fi.kanslia.notification.Notice;
import fi.kanslia.notification.NoticeRequest;
import fi.kanslia.notification.Notifications;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of notices. Every notice is in the recipient's inbox in Kanslia itself. Where the
 * decision goes beyond that is a delivery row written in the same transaction and sent after the
 * commit: an electronic notice through Suomi.fi Messages when it is configured ({@link
 * MessagesRelay}; otherwise the local inbox is the delivery, as in the embedded default), a letter
 * in the next letter batch ({@link LetterBatchJob}): against proof of receipt (HL 60 §) for the
 * evidential decision types. A request without a document stays in the
 * local inbox only.
 */
@Service
@Transactional
class JdbcNotifications implements Notifications {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final NotificationProperties properties;
  private final NoticeEvidence evidence;
  private final NoticeMailer mailer;
  private final MessagesGateway messages;
  private final MessagesRelay relay;

  JdbcNotifications(JdbcClient jdbc, Clock clock, NotificationProperties properties,
      NoticeEvidence evidence, NoticeMailer mailer, MessagesGateway messages, MessagesRelay relay) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
    this.evidence = evidence;
    this.mailer = mailer;
    this.messages = messages;
    this.relay = relay;
  }

  private enum Route { INBOX, MESSAGES, LETTER }

  @Override
  public Notice send(NoticeRequest request) {
    String municipalityCode = request.municipalityCode();
    UUID decisionId = request.decisionId();
    UUID recipientId = request.recipientId();
    Channel channel = request.channel();
    Route route = request.document() == null ? Route.INBOX
        : channel == Channel.LETTER ? Route.LETTER
        : messages.enabled() ? Route.MESSAGES : Route.INBOX;
    // Evidential: a verifiable message, or a letter against proof of receipt (HL 60 §); no day of
    // notification until it is retrieved or its proof of receipt is recorded.
    boolean evidential = route != Route.INBOX && properties.evidential(request.decisionType());
    Instant now = clock.instant();
    LocalDate deemed = evidential ? null : NoticeEvidence.day(now).plusDays(
        channel == Channel.ELECTRONIC ? properties.deemedReceivedDays().electronic()
            : properties.deemedReceivedDays().letter());
    jdbc.sql("insert into notification (id, municipality_code, decision_id, recipient_id, channel,"
            + " sent_at, deemed_notified_on, evidential) values (?, ?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (decision_id, recipient_id) do nothing")
        .params(UUID.randomUUID(), municipalityCode, decisionId, recipientId, channel.name(),
            Timestamp.from(now), deemed, evidential)
        .update();
    Notice notice = jdbc.sql("select * from notification where decision_id = ? and recipient_id = ?")
        .params(decisionId, recipientId).query(JdbcNotifications::notice).single();
    switch (route) {
      case INBOX -> evidence.record(municipalityCode, notice.id(), DeliveryEvent.Kind.SENT,
          notice.sentAt());
      case MESSAGES -> {
        if (enqueue(request, notice.id(), "MESSAGES", null)) {
          relay.wakeUpAfterCommit();
        }
      }
      case LETTER -> enqueue(request, notice.id(), "LETTER",
          evidential ? LetterKind.PROOF_OF_RECEIPT : LetterKind.ORDINARY);
    }
    if (channel == Channel.ELECTRONIC && request.email() != null && mailer.enabled()
        && events(notice.id()).stream().noneMatch(e -> e.kind() == DeliveryEvent.Kind.EMAILED)) {
      mailer.send(request);
      evidence.record(municipalityCode, notice.id(), DeliveryEvent.Kind.EMAILED, clock.instant());
    }
    return notice;
  }

  /** The delivery row that a relay sends after the commit; once per notice and route. */
  private boolean enqueue(NoticeRequest request, UUID noticeId, String route, LetterKind kind) {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.sql("insert into notice_delivery (id, municipality_code, notification_id, route,"
            + " case_number, language, document_name, document, status, next_attempt_at, created_at,"
            + " letter_kind, reference) values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)"
            + " on conflict (notification_id, route) do nothing")
        .params(UUID.randomUUID(), request.municipalityCode(), noticeId, route,
            request.caseNumber(), request.language() == null ? "fi" : request.language(),
            request.documentName(), request.document(), now, now,
            kind == null ? null : kind.name(),
            kind == null ? null : LetterKind.reference(request.caseNumber(), noticeId))
        .update() == 1;
  }

  @Override
  public void markRead(String municipalityCode, UUID decisionId, UUID recipientId) {
    jdbc.sql("select id from notification where municipality_code = ? and decision_id = ?"
            + " and recipient_id = ?")
        .params(municipalityCode, decisionId, recipientId).query(UUID.class).optional()
        .ifPresent(id -> evidence.retrieved(municipalityCode, id, DeliveryEvent.Kind.READ,
            clock.instant()));
  }

  @Override
  @Transactional(readOnly = true)
  public List<DeliveryEvent> events(UUID noticeId) {
    return jdbc.sql("select kind, occurred_at from notification_event where notification_id = ?"
            + " order by occurred_at, id")
        .param(noticeId)
        .query((rs, n) -> new DeliveryEvent(DeliveryEvent.Kind.valueOf(rs.getString("kind")),
            rs.getTimestamp("occurred_at").toInstant()))
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Notice> forDecision(UUID decisionId) {
    return jdbc.sql("select * from notification where decision_id = ? order by sent_at")
        .param(decisionId).query(JdbcNotifications::notice).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Notice> inbox(String municipalityCode, UUID recipientId) {
    return jdbc.sql("select * from notification where municipality_code = ? and recipient_id = ?"
            + " order by sent_at desc")
        .params(municipalityCode, recipientId).query(JdbcNotifications::notice).list();
  }

  private static Notice notice(ResultSet rs, int row) throws SQLException {
    return new Notice(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
        rs.getObject("recipient_id", UUID.class), Channel.valueOf(rs.getString("channel")),
        rs.getTimestamp("sent_at").toInstant(),
        rs.getObject("deemed_notified_on", LocalDate.class));
  }
}
