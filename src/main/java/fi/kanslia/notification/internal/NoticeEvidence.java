package fi.kanslia.notification.internal;

import fi.kanslia.notification.DeliveryEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the evidence of a notice and moves its deemed date of notification with it: an electronic
 * notice counts as received on the 3rd day after sending (13/2003 19 §), a letter on the 7th (HL 59
 * §), an evidential notice on the day of retrieval (13/2003 18 §) or on the day on its proof of
 * receipt (HL 60 §), a substitute notification on the 3rd day (HL 61 §). Callers hold the
 * transaction.
 */
@Component
class NoticeEvidence {

  static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private final JdbcClient jdbc;
  private final NotificationProperties properties;

  NoticeEvidence(JdbcClient jdbc, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** Records the first occurrence of the kind; later ones change nothing. */
  boolean record(String municipalityCode, UUID noticeId, DeliveryEvent.Kind kind, Instant at) {
    return jdbc.sql("insert into notification_event (municipality_code, notification_id, kind,"
            + " occurred_at) values (?, ?, ?, ?) on conflict (notification_id, kind) do nothing")
        .params(municipalityCode, noticeId, kind.name(), Timestamp.from(at)).update() == 1;
  }

  /** Suomi.fi Messages accepted the message: an ordinary one counts as received on the 3rd day. */
  void sentElectronically(String municipalityCode, UUID noticeId, Instant at) {
    record(municipalityCode, noticeId, DeliveryEvent.Kind.SENT, at);
    jdbc.sql("update notification set deemed_notified_on = ? where id = ? and not evidential")
        .params(day(at).plusDays(properties.deemedReceivedDays().electronic()), noticeId).update();
  }

  /**
   * The decision went out as a letter on that day: the notice's own letter ({@code SENT}), or a
   * letter instead of an electronic notice ({@code PAPER_SENT}); it counts as received on the 7th
   * day unless an evidential notice was retrieved already.
   */
  void sentAsLetter(String municipalityCode, UUID noticeId, DeliveryEvent.Kind kind, Instant at,
      LocalDate sentOn, boolean ordinary) {
    record(municipalityCode, noticeId, kind, at);
    jdbc.sql("update notification set deemed_notified_on = ? where id = ? and retrieved_at is null"
            + (ordinary ? "" : " and not evidential"))
        .params(sentOn.plusDays(properties.deemedReceivedDays().letter()), noticeId).update();
  }

  /**
   * A letter of the notice left in a batch on that day: an ordinary letter counts as received on
   * the 7th day ({@code instead}: it replaced an electronic notice), a letter against proof of
   * receipt waits for its proof (HL 60 §), a substitute notification counts on the 3rd day (HL 61
   * §) unless the notice was retrieved meanwhile.
   */
  void letterSent(String municipalityCode, UUID noticeId, LetterKind kind, boolean instead,
      Instant at, LocalDate sentOn) {
    DeliveryEvent.Kind sent = instead ? DeliveryEvent.Kind.PAPER_SENT : DeliveryEvent.Kind.SENT;
    switch (kind) {
      case ORDINARY -> sentAsLetter(municipalityCode, noticeId, sent, at, sentOn, true);
      case PROOF_OF_RECEIPT -> record(municipalityCode, noticeId, sent, at);
      case SUBSTITUTE -> {
        record(municipalityCode, noticeId, DeliveryEvent.Kind.SUBSTITUTE_SENT, at);
        jdbc.sql("update notification set deemed_notified_on = ? where id = ?"
                + " and retrieved_at is null")
            .params(sentOn.plusDays(properties.deemedReceivedDays().substitute()), noticeId)
            .update();
      }
    }
  }

  /**
   * The proof of receipt of the notice's letter was recorded at that instant: the day on it is the
   * day of notification (HL 60 §), unless the notice was retrieved before.
   */
  void signedFor(String municipalityCode, UUID noticeId, LocalDate receivedOn, Instant at) {
    record(municipalityCode, noticeId, DeliveryEvent.Kind.SIGNED_FOR, at);
    jdbc.sql("update notification set retrieved_at = ?, deemed_notified_on = ?"
            + " where id = ? and evidential and retrieved_at is null")
        .params(Timestamp.from(at), receivedOn, noticeId).update();
  }

  /** The recipient retrieved or opened the notice; for an evidential one that day is the day of notification. */
  void retrieved(String municipalityCode, UUID noticeId, DeliveryEvent.Kind kind, Instant at) {
    record(municipalityCode, noticeId, kind, at);
    jdbc.sql("update notification set retrieved_at = ?, deemed_notified_on = ?"
            + " where id = ? and evidential and retrieved_at is null")
        .params(Timestamp.from(at), day(at), noticeId).update();
  }

  static LocalDate day(Instant at) {
    return at.atZone(FINLAND).toLocalDate();
  }
}
