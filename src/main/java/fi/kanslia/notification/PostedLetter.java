package fi.kanslia.notification;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A letter of one notice in a written batch.
 *
 * @param reference the letter's reference on its cover and in the batch manifest (no personal data);
 *     the postal service's proof of receipt names it
 * @param batchDirectory the directory of the batch
 */
public record PostedLetter(UUID noticeId, String batchId, String reference, LocalDate sentOn,
    Path batchDirectory, Kind kind) {

  /** How the letter went (HL 59-61 §). */
  public enum Kind {
    /** An ordinary letter: deemed received on the 7th day after sending (HL 59 §). */
    ORDINARY,
    /** A registered letter against proof of receipt: notified on the day on the proof (HL 60 §). */
    PROOF_OF_RECEIPT,
    /** A substitute notification after a returned letter against proof of receipt (HL 61 §). */
    SUBSTITUTE
  }
}
