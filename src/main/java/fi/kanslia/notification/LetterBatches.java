package fi.kanslia.notification;

import java.util.Optional;
import java.util.UUID;

/**
 * Ordinary letters (HL 59 §) leave in batches for a printing service: a scheduled job collects the
 * pending letters of each municipality, and an official or administrator can send them now. Each
 * letter is in exactly one batch, also after a crash while a batch was written.
 */
public interface LetterBatches {

  /**
   * Writes the municipality's pending letters (and finishes any batch a crash interrupted) as one
   * batch now.
   *
   * @return the batch written; empty when no letter was pending
   */
  Optional<SentLetterBatch> sendPending(String municipalityCode);

  /** The letter of a notice, once it is in a written batch. */
  Optional<PostedLetter> letterOf(UUID noticeId);
}
