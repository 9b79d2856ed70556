package fi.kanslia.notification.internal;

import fi.kanslia.messages.ReceiptFile;
import fi.kanslia.notification.DeliveryEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records the proof of receipt of a letter against proof of receipt (HL 60 §), once per notice: a
 * proof signed by the addressee or a representative makes the day on it the day of notification; a
 * letter returned undelivered is recorded and followed by a substitute notification (HL 61 §),
 * unless the notice was retrieved meanwhile. Callers hold the transaction.
 */
@Component
class ReceiptRecorder {

  /** What recording one proof did. */
  enum Outcome {
    RECORDED,
    /** The same proof was recorded before: nothing changes. */
    DUPLICATE,
    UNKNOWN_REFERENCE,
    /** The letter has not left in a batch yet. */
    NOT_SENT,
    BEFORE_SENDING,
    IN_THE_FUTURE,
    /** A different proof of the letter was recorded before; it stands. */
    CONFLICTS_WITH_RECORDED
  }

  /** Where the proof came from: a receipt file (its name) or an official (their account). */
  record Source(String fileName, UUID officialId) {

    String kind() {
      return officialId == null ? "RECEIPT_FILE" : "OFFICIAL";
    }
  }

  /** A letter against proof of receipt, found by its reference. */
  record ReceiptLetter(UUID noticeId, String municipalityCode, UUID decisionId, LocalDate sentOn) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final NoticeEvidence evidence;

  ReceiptRecorder(JdbcClient jdbc, Clock clock, NoticeEvidence evidence) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.evidence = evidence;
  }

  /** The letter against proof of receipt with the reference; empty when none or not one only. */
  Optional<ReceiptLetter> letter(String reference) {
    List<ReceiptLetter> letters = jdbc.sql("select d.notification_id, d.municipality_code,"
            + " n.decision_id, b.sent_on from notice_delivery d"
            + " join notification n on n.id = d.notification_id"
            + " left join letter_batch b on b.id = d.batch_id and b.written_at is not null"
            + " where d.reference = ? and d.letter_kind = 'PROOF_OF_RECEIPT'")
        .param(reference)
        .query((rs, n) -> new ReceiptLetter(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getObject(3, UUID.class), rs.getObject(4, LocalDate.class)))
        .list();
    return letters.size() == 1 ? Optional.of(letters.getFirst()) : Optional.empty();
  }

  Outcome record(ReceiptFile.Receipt receipt, Source source) {
    Optional<ReceiptLetter> found = letter(receipt.reference());
    if (found.isEmpty()) {
      return Outcome.UNKNOWN_REFERENCE;
    }
    ReceiptLetter letter = found.get();
    Instant now = clock.instant();
    if (letter.sentOn() == null) {
      return Outcome.NOT_SENT;
    }
    if (receipt.receivedOn().isBefore(letter.sentOn())) {
      return Outcome.BEFORE_SENDING;
    }
    if (receipt.receivedOn().isAfter(NoticeEvidence.day(now))) {
      return Outcome.IN_THE_FUTURE;
    }
    int inserted = jdbc.sql("insert into letter_receipt (id, municipality_code, notification_id,"
            + " reference, received_by, received_on, source, source_file, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (notification_id) do nothing")
        .params(UUID.randomUUID(), letter.municipalityCode(), letter.noticeId(),
            receipt.reference(), receipt.receivedBy().name(), receipt.receivedOn(), source.kind(),
            source.fileName(), source.officialId(), Timestamp.from(now))
        .update();
    if (inserted == 0) {
      boolean same = jdbc.sql("select received_by = ? and received_on = ? from letter_receipt"
              + " where notification_id = ?")
          .params(receipt.receivedBy().name(), receipt.receivedOn(), letter.noticeId())
          .query(Boolean.class).single();
      return same ? Outcome.DUPLICATE : Outcome.CONFLICTS_WITH_RECORDED;
    }
    if (receipt.receivedBy() == ReceiptFile.ReceivedBy.RETURNED) {
      evidence.record(letter.municipalityCode(), letter.noticeId(), DeliveryEvent.Kind.RETURNED,
          now);
      boolean retrieved = jdbc.sql("select retrieved_at is not null from notification where id = ?")
          .param(letter.noticeId()).query(Boolean.class).single();
      if (!retrieved) {
        LetterFallback.substitute(jdbc, now, letter.noticeId());
      }
    } else {
      evidence.signedFor(letter.municipalityCode(), letter.noticeId(), receipt.receivedOn(), now);
    }
    return Outcome.RECORDED;
  }
}
