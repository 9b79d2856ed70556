package fi.kanslia.notification.internal;

import fi.kanslia.messages.ReceiptFile;
import fi.kanslia.notification.LetterReceipts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the postal service's receipt files ({@code *.json} in {@code KANSLIA_LETTER_RECEIPT_DIR};
 * the service writes each under another name and renames it). Crash-safe by idempotence: each proof
 * is recorded in a transaction of its own and at most once per notice, and the file is moved to
 * {@code processed/} only afterwards, so a file imported again after a crash records nothing twice.
 * Entries that cannot be used are logged (ids only) and kept in {@code rejected/<file name>}.
 */
@Component
class ReceiptInbox implements LetterReceipts {

  private static final Logger log = LoggerFactory.getLogger(ReceiptInbox.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

  private final ReceiptRecorder recorder;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final Path inbox;

  ReceiptInbox(ReceiptRecorder recorder, TransactionTemplate transactions, Clock clock,
      NotificationProperties properties) {
    this.recorder = recorder;
    this.transactions = transactions;
    this.clock = clock;
    String configured = properties.receipts().inboxDir();
    try {
      if (configured == null || configured.isBlank()) {
        this.inbox = Files.createTempDirectory("kanslia-letter-receipts");
        log.warn("KANSLIA_LETTER_RECEIPT_DIR is not set: receipt files of letters against proof of"
            + " receipt are read from the temporary directory {}", inbox);
      } else {
        this.inbox = Files.createDirectories(Path.of(configured));
        log.info("Receipt files of letters against proof of receipt are read from {}", inbox);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the receipt inbox", e);
    }
  }

  /** Where the postal service puts its receipt files. */
  Path inbox() {
    return inbox;
  }

  @Scheduled(fixedDelayString = "${kanslia.notification.receipts.interval:PT10M}")
  void importScheduled() {
    try {
      importInbox();
    } catch (RuntimeException e) {
      log.warn("The receipt import failed; it runs again at the next interval", e);
    }
  }

  @Override
  public synchronized ReceiptImport importInbox() {
    List<Path> files;
    try (Stream<Path> listing = Files.list(inbox)) {
      files = listing.filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the receipt inbox", e);
    }
    ReceiptImport total = new ReceiptImport(0, 0, 0, 0);
    for (Path file : files) {
      ReceiptImport one = importFile(file);
      total = new ReceiptImport(total.files() + 1, total.recorded() + one.recorded(),
          total.duplicates() + one.duplicates(), total.rejected() + one.rejected());
    }
    return total;
  }

  private ReceiptImport importFile(Path file) {
    String name = file.getFileName().toString();
    List<ReceiptFile.Line> lines;
    try {
      lines = ReceiptFile.read(file);
    } catch (IllegalArgumentException e) {
      log.warn("Receipt file {} is not a receipt file ({}); it is moved to rejected/", name,
          e.getMessage());
      move(file, "rejected");
      return new ReceiptImport(1, 0, 0, 1);
    }
    int recorded = 0;
    int duplicates = 0;
    List<ReceiptFile.Rejected> rejected = new ArrayList<>();
    for (ReceiptFile.Line line : lines) {
      String reason = line.problem();
      if (reason == null) {
        ReceiptRecorder.Outcome outcome = transactions.execute(status -> recorder.record(
            line.receipt(), new ReceiptRecorder.Source(name, null)));
        switch (outcome) {
          case RECORDED -> recorded++;
          case DUPLICATE -> duplicates++;
          default -> reason = outcome.name();
        }
      }
      if (reason != null) {
        // The reference is the case number and the notice id: no personal data.
        log.warn("Receipt file {} entry {} is rejected: {} (reference {})", name, line.position(),
            reason, line.receipt() == null ? "-" : line.receipt().reference());
        rejected.add(new ReceiptFile.Rejected(line, reason));
      }
    }
    if (!rejected.isEmpty()) {
      // A file of that name rejected before stays (its entries are not lost); this one is stamped.
      ReceiptFile.writeRejected(free(inbox.resolve("rejected").resolve(name)), name, rejected);
    }
    move(file, "processed");
    log.info("Receipt file {} imported: {} proofs recorded, {} recorded before, {} rejected", name,
        recorded, duplicates, rejected.size());
    return new ReceiptImport(1, recorded, duplicates, rejected.size());
  }

  /** Moves the file into the subdirectory, under a stamped name when the name is taken. */
  private void move(Path file, String subdirectory) {
    try {
      Files.createDirectories(inbox.resolve(subdirectory));
      Files.move(file, free(inbox.resolve(subdirectory).resolve(file.getFileName())));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move the receipt file " + file.getFileName(), e);
    }
  }

  /** The path, or beside it a name stamped with the time when the path is taken. */
  private Path free(Path target) {
    return Files.exists(target) ? target.resolveSibling(STAMP.format(
        clock.instant().atZone(NoticeEvidence.FINLAND)) + "-" + target.getFileName()) : target;
  }
}
