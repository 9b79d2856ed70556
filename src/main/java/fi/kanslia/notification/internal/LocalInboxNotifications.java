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
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The embedded default: notices land in the recipient's inbox in Kanslia itself. */
@Service
@Transactional
class LocalInboxNotifications implements Notifications {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private final JdbcClient jdbc;
  private final Clock clock;
  private final int electronicDays;
  private final int letterDays;
  private final NoticeMailer mailer;

  LocalInboxNotifications(JdbcClient jdbc, Clock clock, NoticeMailer mailer,
      @Value("${kanslia.notification.deemed-received-days.electronic}") int electronicDays,
      @Value("${kanslia.notification.deemed-received-days.letter}") int letterDays) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.electronicDays = electronicDays;
    this.letterDays = letterDays;
    this.mailer = mailer;
  }

  @Override
  public Notice send(NoticeRequest request) {
    String municipalityCode = request.municipalityCode();
    UUID decisionId = request.decisionId();
    UUID recipientId = request.recipientId();
    Channel channel = request.channel();
    Instant now = clock.instant();
    LocalDate deemed = now.atZone(FINLAND).toLocalDate()
        .plusDays(channel == Channel.ELECTRONIC ? electronicDays : letterDays);
    jdbc.sql("insert into notification (id, municipality_code, decision_id, recipient_id, channel,"
            + " sent_at, deemed_notified_on) values (?, ?, ?, ?, ?, ?, ?)"
            + " on conflict (decision_id, recipient_id) do nothing")
        .params(UUID.randomUUID(), municipalityCode, decisionId, recipientId, channel.name(),
            Timestamp.from(now), deemed)
        .update();
    Notice notice = jdbc.sql("select * from notification where decision_id = ? and recipient_id = ?")
        .params(decisionId, recipientId).query(LocalInboxNotifications::notice).single();
    record(municipalityCode, notice.id(), DeliveryEvent.Kind.SENT, notice.sentAt());
    if (channel == Channel.ELECTRONIC && request.email() != null && mailer.enabled()
        && events(notice.id()).stream().noneMatch(e -> e.kind() == DeliveryEvent.Kind.EMAILED)) {
      mailer.send(request);
      record(municipalityCode, notice.id(), DeliveryEvent.Kind.EMAILED, clock.instant());
    }
    return notice;
  }

  @Override
  public void markRead(String municipalityCode, UUID decisionId, UUID recipientId) {
    jdbc.sql("select id from notification where municipality_code = ? and decision_id = ?"
            + " and recipient_id = ?")
        .params(municipalityCode, decisionId, recipientId).query(UUID.class).optional()
        .ifPresent(id -> record(municipalityCode, id, DeliveryEvent.Kind.READ, clock.instant()));
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

  private void record(String municipalityCode, UUID noticeId, DeliveryEvent.Kind kind, Instant at) {
    jdbc.sql("insert into notification_event (municipality_code, notification_id, kind, occurred_at)"
            + " values (?, ?, ?, ?) on conflict (notification_id, kind) do nothing")
        .params(municipalityCode, noticeId, kind.name(), Timestamp.from(at)).update();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Notice> forDecision(UUID decisionId) {
    return jdbc.sql("select * from notification where decision_id = ? order by sent_at")
        .param(decisionId).query(LocalInboxNotifications::notice).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<Notice> inbox(String municipalityCode, UUID recipientId) {
    return jdbc.sql("select * from notification where municipality_code = ? and recipient_id = ?"
            + " order by sent_at desc")
        .params(municipalityCode, recipientId).query(LocalInboxNotifications::notice).list();
  }

  private static Notice notice(ResultSet rs, int row) throws SQLException {
    return new Notice(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
        rs.getObject("recipient_id", UUID.class), Channel.valueOf(rs.getString("channel")),
        rs.getTimestamp("sent_at").toInstant(),
        rs.getObject("deemed_notified_on", LocalDate.class));
  }
}
