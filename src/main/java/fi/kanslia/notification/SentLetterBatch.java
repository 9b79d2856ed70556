package fi.kanslia.notification;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A written batch of ordinary letters.
 *
 * @param directory the batch's directory (cover sheets, the signed decisions, manifest.json)
 * @param sentOn the date of sending; a letter is deemed received on the 7th day after it
 */
public record SentLetterBatch(String batchId, String municipalityCode, LocalDate sentOn, Path directory,
    List<UUID> noticeIds) {

  public SentLetterBatch {
    noticeIds = List.copyOf(noticeIds);
  }
}
