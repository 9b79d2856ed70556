package fi.kanslia.notification.internal;

import fi.kanslia.notification.DeliveryEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sends a notice as a letter when its first way failed: an electronic notice as a letter instead
 * (against proof of receipt for an evidential one), and a returned letter against proof of receipt
 * as a substitute notification (HL 61 §). Both go in the next letter batch, with the document of
 * the notice's first delivery. Run inside the caller's transaction.
 */
final class LetterFallback {

  private LetterFallback() {}

  /** Queues the letter instead of the notice's Messages delivery and records it; once per notice. */
  static boolean insert(JdbcClient jdbc, NoticeEvidence evidence, Instant now,
      String municipalityCode, UUID noticeId) {
    boolean evidential = jdbc.sql("select evidential from notification where id = ?")
        .param(noticeId).query(Boolean.class).single();
    boolean queued = copy(jdbc, now, noticeId, "MESSAGES", "LETTER",
        evidential ? LetterKind.PROOF_OF_RECEIPT : LetterKind.ORDINARY, false);
    if (queued) {
      evidence.record(municipalityCode, noticeId, DeliveryEvent.Kind.LETTER_FALLBACK, now);
    }
    return queued;
  }

  /**
   * Queues the substitute notification (HL 61 §) of a notice whose letter against proof of receipt
   * came back, to the same address; once per notice.
   */
  static boolean substitute(JdbcClient jdbc, Instant now, UUID noticeId) {
    return copy(jdbc, now, noticeId, "LETTER", "SUBSTITUTE_LETTER", LetterKind.SUBSTITUTE, true);
  }

  private static boolean copy(JdbcClient jdbc, Instant now, UUID noticeId, String from, String to,
      LetterKind kind, boolean substitute) {
    Optional<Source> source = jdbc.sql("select case_number, reference from notice_delivery"
            + " where notification_id = ? and route = ?")
        .params(noticeId, from)
        .query((rs, n) -> new Source(rs.getString(1), rs.getString(2))).optional();
    if (source.isEmpty()) {
      return false;
    }
    String reference = substitute ? LetterKind.substituteReference(source.get().reference())
        : LetterKind.reference(source.get().caseNumber(), noticeId);
    return jdbc.sql("insert into notice_delivery (id, municipality_code, notification_id,"
            + " route, case_number, language, document_name, document, status, next_attempt_at,"
            + " created_at, letter_kind, reference) select ?, municipality_code, notification_id, ?,"
            + " case_number, language, document_name, document, 'PENDING', ?, ?, ?, ?"
            + " from notice_delivery where notification_id = ? and route = ?"
            + " on conflict (notification_id, route) do nothing")
        .params(UUID.randomUUID(), to, Timestamp.from(now), Timestamp.from(now), kind.name(),
            reference, noticeId, from)
        .update() == 1;
  }

  private record Source(String caseNumber, String reference) {}
}
