package fi.kanslia.notification.internal;

import fi.kanslia.notification.DeliveryEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sends an electronic notice as an ordinary letter instead (in the next letter batch). */
final class LetterFallback {

  private LetterFallback() {}

  /**
   * Queues the letter, with the document of the notice's Messages delivery, and records the
   * fallback; once per notice. Run inside the caller's transaction.
   */
  static boolean insert(JdbcClient jdbc, NoticeEvidence evidence, Instant now,
      String municipalityCode, UUID noticeId) {
    boolean queued = jdbc.sql("insert into notice_delivery (id, municipality_code, notification_id,"
            + " route, case_number, language, document_name, document, status, next_attempt_at,"
            + " created_at) select ?, municipality_code, notification_id, 'LETTER', case_number,"
            + " language, document_name, document, 'PENDING', ?, ? from notice_delivery"
            + " where notification_id = ? and route = 'MESSAGES'"
            + " on conflict (notification_id, route) do nothing")
        .params(UUID.randomUUID(), Timestamp.from(now), Timestamp.from(now), noticeId).update() == 1;
    if (queued) {
      evidence.record(municipalityCode, noticeId, DeliveryEvent.Kind.LETTER_FALLBACK, now);
    }
    return queued;
  }
}
