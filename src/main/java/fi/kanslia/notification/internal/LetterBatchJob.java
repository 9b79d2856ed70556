package fi.kanslia.notification.internal;

import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.messages.DecisionFile;
import fi.kanslia.messages.Letter;
import fi.kanslia.messages.LetterBatch;
import fi.kanslia.messages.PostalAddress;
import fi.kanslia.notification.LetterBatches;
import fi.kanslia.notification.PostedLetter;
import fi.kanslia.notification.SentLetterBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects pending letters into batches for the printing service ({@code KANSLIA_LETTER_BATCH_DIR}):
 * ordinary letters, letters against proof of receipt and substitute notifications ({@link
 * LetterKind}), each marked in the manifest.
 * Exactly once per letter: the letters are first assigned to a batch id (committed), then the
 * batch is written and marked written in a transaction that holds the batch's row lock. A crash
 * between the two leaves the batch unwritten in the database, and the next run writes that same
 * batch (or, when its directory is already complete, only marks it), never a second one.
 */
@Component
class LetterBatchJob implements LetterBatches {

  private static final Logger log = LoggerFactory.getLogger(LetterBatchJob.class);
  private static final int MAX_LETTERS = 500;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final People people;
  private final NoticeEvidence evidence;
  private final Path directory;
  private final PostalAddress sender;
  private final NotificationProperties properties;
  /** The letter routes a batch takes: a notice's letter and its substitute notification. */
  private static final String LETTER_ROUTES = "route in ('LETTER', 'SUBSTITUTE_LETTER')";

  LetterBatchJob(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, People people,
      NoticeEvidence evidence, NotificationProperties properties) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
    this.people = people;
    this.evidence = evidence;
    this.properties = properties;
    NotificationProperties.Letters letters = properties.letters();
    this.directory = directory(letters.batchDir());
    this.sender = PostalAddress.finnish(letters.senderName(), letters.senderStreetAddress(),
        letters.senderZipCode(), letters.senderCity());
    if (letters.batchDir() == null || letters.batchDir().isBlank()) {
      log.warn("KANSLIA_LETTER_BATCH_DIR is not set: letter batches are written to the temporary"
          + " directory {}, where no printing service picks them up", directory);
    } else {
      log.info("Letter batches for the printing service are written to {}", directory);
    }
  }

  private static Path directory(String configured) {
    try {
      if (configured == null || configured.isBlank()) {
        return Files.createTempDirectory("kanslia-letter-batches");
      }
      return Files.createDirectories(Path.of(configured));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the letter batch directory", e);
    }
  }

  @Scheduled(fixedDelayString = "${kanslia.notification.letters.interval:PT10M}")
  void sendAllPending() {
    try {
      List<String> municipalities = jdbc.sql("select distinct municipality_code from notice_delivery"
              + " where " + LETTER_ROUTES + " and status = 'PENDING' and batch_id is null")
          .query(String.class).list();
      finishUnwritten();
      municipalities.forEach(this::sendPending);
    } catch (RuntimeException e) {
      log.warn("The letter batch failed; it runs again at the next interval", e);
    }
  }

  @Override
  public Optional<SentLetterBatch> sendPending(String municipalityCode) {
    finishUnwritten();
    return claim(municipalityCode).flatMap(this::write);
  }

  @Override
  public Optional<PostedLetter> letterOf(UUID noticeId) {
    return posted(noticeId, "LETTER");
  }

  @Override
  public Optional<PostedLetter> substituteOf(UUID noticeId) {
    return posted(noticeId, "SUBSTITUTE_LETTER");
  }

  private Optional<PostedLetter> posted(UUID noticeId, String route) {
    return jdbc.sql("select b.id, b.sent_on, b.directory, d.reference, d.letter_kind"
            + " from notice_delivery d join letter_batch b on b.id = d.batch_id"
            + " where d.notification_id = ? and d.route = ? and b.written_at is not null")
        .params(noticeId, route)
        .query((rs, n) -> new PostedLetter(noticeId, rs.getString(1), rs.getString(4),
            rs.getObject(2, LocalDate.class), Path.of(rs.getString(3)).resolve(rs.getString(1)),
            LetterKind.valueOf(rs.getString(5)).posted()))
        .optional();
  }

  /** Batches that a crash left claimed but unwritten (or written but unmarked). */
  private void finishUnwritten() {
    for (String batchId : jdbc.sql("select id from letter_batch where written_at is null"
        + " order by created_at").query(String.class).list()) {
      try {
        write(batchId);
      } catch (RuntimeException e) {
        log.error("Letter batch {} could not be written; it is tried again at the next run", batchId,
            e);
      }
    }
  }

  /** Assigns the municipality's pending letters to a new batch id, committed before writing. */
  Optional<String> claim(String municipalityCode) {
    Instant now = clock.instant();
    String batchId = "letters-" + municipalityCode + "-" + STAMP.format(now.atZone(NoticeEvidence.FINLAND))
        + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    return Optional.ofNullable(transactions.execute(status -> {
      jdbc.sql("insert into letter_batch (id, municipality_code, directory, sent_on, created_at)"
              + " values (?, ?, ?, ?, ?)")
          .params(batchId, municipalityCode, directory.toString(), NoticeEvidence.day(now),
              Timestamp.from(now))
          .update();
      int letters = jdbc.sql("update notice_delivery set batch_id = ? where id in (select id"
              + " from notice_delivery where municipality_code = ? and " + LETTER_ROUTES
              + " and status = 'PENDING' and batch_id is null order by created_at limit ?"
              + " for update skip locked)")
          .params(batchId, municipalityCode, MAX_LETTERS).update();
      if (letters == 0) {
        status.setRollbackOnly();
        return null;
      }
      return batchId;
    }));
  }

  /** Writes the batch and marks its letters sent, under the batch's row lock; once. */
  private Optional<SentLetterBatch> write(String batchId) {
    return Optional.ofNullable(transactions.execute(status -> {
      Optional<Claimed> claimed = jdbc.sql("select municipality_code, directory, sent_on"
              + " from letter_batch where id = ? and written_at is null for update skip locked")
          .param(batchId)
          .query((rs, n) -> new Claimed(rs.getString(1), Path.of(rs.getString(2)),
              rs.getObject(3, LocalDate.class)))
          .optional();
      if (claimed.isEmpty()) {
        return null; // written already, or another instance is writing it
      }
      Claimed batch = claimed.get();
      List<Queued> letters = jdbc.sql("select notification_id, reference, letter_kind, document_name,"
              + " document, (select recipient_id from notification n where n.id = notification_id),"
              + " exists (select 1 from notice_delivery m where m.notification_id ="
              + " notice_delivery.notification_id and m.route = 'MESSAGES') as instead"
              + " from notice_delivery where batch_id = ? order by created_at, id")
          .param(batchId)
          .query((rs, n) -> new Queued(rs.getObject(1, UUID.class), rs.getString(2),
              LetterKind.valueOf(rs.getString(3)), rs.getString(4), rs.getBytes(5),
              rs.getObject(6, UUID.class), rs.getBoolean(7)))
          .list();
      if (!Files.isDirectory(batch.directory().resolve(batchId))) {
        LetterBatch files = new LetterBatch(batchId, sender, batch.sentOn());
        for (Queued letter : letters) {
          Person person = people.find(batch.municipalityCode(), letter.recipientId()).orElseThrow(
              () -> new IllegalStateException("The recipient of notice " + letter.noticeId()
                  + " is not known"));
          files.add(new Letter(letter.reference(), MessagesRelay.address(person),
              person.addressProtected(), new DecisionFile(letter.documentName(), letter.document()),
              letter.kind().letter(), letter.kind() == LetterKind.SUBSTITUTE ? batch.sentOn()
                  .plusDays(properties.deemedReceivedDays().substitute()) : null));
        }
        files.writeTo(batch.directory());
      }
      Instant now = clock.instant();
      jdbc.sql("update letter_batch set written_at = ? where id = ?")
          .params(Timestamp.from(now), batchId).update();
      jdbc.sql("update notice_delivery set status = 'SENT', sent_at = ? where batch_id = ?")
          .params(Timestamp.from(now), batchId).update();
      for (Queued letter : letters) {
        evidence.letterSent(batch.municipalityCode(), letter.noticeId(), letter.kind(),
            letter.instead(), now, batch.sentOn());
      }
      log.info("Letter batch {} sent: {} letters", batchId, letters.size());
      return new SentLetterBatch(batchId, batch.municipalityCode(), batch.sentOn(),
          batch.directory().resolve(batchId), letters.stream().map(Queued::noticeId).toList());
    }));
  }

  private record Claimed(String municipalityCode, Path directory, LocalDate sentOn) {}

  private record Queued(UUID noticeId, String reference, LetterKind kind, String documentName,
      byte[] document, UUID recipientId, boolean instead) {}
}
