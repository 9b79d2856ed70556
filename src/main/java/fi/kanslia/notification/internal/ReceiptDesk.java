package fi.kanslia.notification.internal;

import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.identity.StaffMember;
import fi.kanslia.messages.ReceiptFile;
import fi.kanslia.platform.InputRefusedException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official's side of letters against proof of receipt (HL 60 §): the letters of the unit that
 * took the decisions, where each stands, and recording a proof of receipt (or a return) by hand
 * from a returned paper card. Only an official of the deciding unit sees or records them.
 */
@Component
class ReceiptDesk {

  private final JdbcClient jdbc;
  private final People people;
  private final ReceiptRecorder recorder;
  private final AuditLog audit;

  ReceiptDesk(JdbcClient jdbc, People people, ReceiptRecorder recorder, AuditLog audit) {
    this.jdbc = jdbc;
    this.people = people;
    this.recorder = recorder;
    this.audit = audit;
  }

  /**
   * A letter against proof of receipt as the official sees it.
   *
   * @param sentOn null until the letter has left in a batch
   * @param receivedBy ADDRESSEE, REPRESENTATIVE or RETURNED once a proof is recorded, else null
   * @param source RECEIPT_FILE or OFFICIAL
   * @param substituteSentOn the day a substitute notification (HL 61 §) left; null before
   * @param notifiedOn the notice's day of notification; null while it awaits the proof
   */
  record Row(String reference, String caseNumber, String recipientName, LocalDate sentOn,
      String receivedBy, LocalDate receivedOn, String source, boolean substituteQueued,
      LocalDate substituteSentOn, LocalDate notifiedOn) {}

  /** The unit's letters against proof of receipt, newest first (the latest 200). */
  @Transactional(readOnly = true)
  List<Row> ofUnit(KansliaUser official) {
    UUID unit = requireUnit(official);
    String m = official.municipalityCode();
    Map<UUID, UUID> units = new HashMap<>();
    return jdbc.sql("select d.reference, d.case_number, n.recipient_id, dec.decided_by, b.sent_on,"
            + " r.received_by, r.received_on, r.source, s.id is not null, sb.sent_on,"
            + " n.deemed_notified_on from notice_delivery d"
            + " join notification n on n.id = d.notification_id"
            + " join decision dec on dec.id = n.decision_id"
            + " left join letter_batch b on b.id = d.batch_id and b.written_at is not null"
            + " left join letter_receipt r on r.notification_id = d.notification_id"
            + " left join notice_delivery s on s.notification_id = d.notification_id"
            + " and s.route = 'SUBSTITUTE_LETTER'"
            + " left join letter_batch sb on sb.id = s.batch_id and sb.written_at is not null"
            + " where d.municipality_code = ? and d.letter_kind = 'PROOF_OF_RECEIPT'"
            + " order by d.created_at desc limit 200")
        .param(m)
        .query((rs, n) -> {
          UUID decidedBy = rs.getObject(4, UUID.class);
          if (!unit.equals(units.computeIfAbsent(decidedBy, id -> unitOf(m, id)))) {
            return null;
          }
          return new Row(rs.getString(1), rs.getString(2), people.find(m,
                  rs.getObject(3, UUID.class)).map(Person::fullName).orElse(""),
              rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, LocalDate.class),
              rs.getString(8), rs.getBoolean(9), rs.getObject(10, LocalDate.class),
              rs.getObject(11, LocalDate.class));
        })
        .list().stream().filter(Objects::nonNull).toList();
  }

  /**
   * Records the proof of receipt from a returned paper card.
   *
   * @return true when it was recorded now, false when the same proof was recorded before
   * @throws InputRefusedException for a missing or unknown reference (or another unit's letter),
   *     a letter not sent yet or with a different proof recorded ({@code reference}); a missing
   *     or impossible date ({@code receivedOn}); a missing choice ({@code receivedBy})
   */
  @Transactional
  boolean recordByHand(KansliaUser official, String reference, String receivedOn,
      String receivedBy) {
    UUID unit = requireUnit(official);
    String ref = reference == null ? "" : reference.strip();
    if (ref.isEmpty()) {
      throw new InputRefusedException("reference", "receipts.error.reference");
    }
    ReceiptRecorder.ReceiptLetter letter = recorder.letter(ref)
        .filter(l -> l.municipalityCode().equals(official.municipalityCode()))
        .filter(l -> unit.equals(decidingUnit(l)))
        .orElseThrow(() -> new InputRefusedException("reference", "receipts.error.unknown"));
    LocalDate day;
    try {
      day = LocalDate.parse(receivedOn == null ? "" : receivedOn.strip());
    } catch (DateTimeParseException e) {
      throw new InputRefusedException("receivedOn", "receipts.error.date");
    }
    ReceiptFile.ReceivedBy by;
    try {
      by = ReceiptFile.ReceivedBy.valueOf(receivedBy == null ? "" : receivedBy);
    } catch (IllegalArgumentException e) {
      throw new InputRefusedException("receivedBy", "receipts.error.receivedBy");
    }
    ReceiptRecorder.Outcome outcome = recorder.record(new ReceiptFile.Receipt(ref, day, by),
        new ReceiptRecorder.Source(null, official.userId()));
    switch (outcome) {
      case RECORDED -> {
        audit.record(new AuditEvent(official.municipalityCode(), official.auditName(),
            "RECORD_PROOF_OF_RECEIPT", "notification", letter.noticeId().toString(),
            "Proof of receipt of a decision letter (HL 60 §) from the returned card: " + by));
        return true;
      }
      case DUPLICATE -> {
        return false;
      }
      case NOT_SENT -> throw new InputRefusedException("reference", "receipts.error.notSent");
      case CONFLICTS_WITH_RECORDED ->
          throw new InputRefusedException("reference", "receipts.error.recorded");
      case BEFORE_SENDING ->
          throw new InputRefusedException("receivedOn", "receipts.error.beforeSending");
      case IN_THE_FUTURE -> throw new InputRefusedException("receivedOn", "receipts.error.future");
      default -> throw new InputRefusedException("reference", "receipts.error.unknown");
    }
  }

  private UUID decidingUnit(ReceiptRecorder.ReceiptLetter letter) {
    return jdbc.sql("select decided_by from decision where id = ? and municipality_code = ?")
        .params(letter.decisionId(), letter.municipalityCode()).query(UUID.class).optional()
        .map(decidedBy -> unitOf(letter.municipalityCode(), decidedBy)).orElse(null);
  }

  /** The unit of the member of staff who took a decision; the empty id when none. */
  private UUID unitOf(String municipalityCode, UUID decidedBy) {
    return people.staffMember(municipalityCode, decidedBy).map(StaffMember::schoolId)
        .orElse(new UUID(0, 0));
  }

  private static UUID requireUnit(KansliaUser official) {
    if (!(official.is(Role.OFFICIAL) || official.is(Role.PRINCIPAL)) || official.schoolId() == null) {
      throw new AccessDeniedException("Only an official of a unit records proofs of receipt");
    }
    return official.schoolId();
  }
}
