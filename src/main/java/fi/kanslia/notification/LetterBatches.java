package fi.kanslia.notification;

import java.util.Optional;
import java.util.UUID;

/**
 * Letters leave in batches for a printing service: ordinary letters (HL 59 §), letters against
 * proof of receipt for the evidential decision types (HL 60 §) and substitute notifications (HL 61
 * §), each marked as such in the batch's manifest. A scheduled job collects the pending letters of
 * each municipality, and an official or administrator can send them now. Each letter is in exactly
 * one batch, also after a crash while a batch was written.
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

  /**
   * The substitute notification (HL 61 §) of a notice whose letter against proof of receipt came
   * back undelivered, once it is in a written batch.
   */
  Optional<PostedLetter> substituteOf(UUID noticeId);
}
