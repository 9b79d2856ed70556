package fi.kanslia.notification;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The letter of one notice in a written batch.
 *
 * @param reference the letter's reference on its cover and in the batch manifest (no personal data)
 * @param batchDirectory the directory of the batch
 */
public record PostedLetter(UUID noticeId, String batchId, String reference, LocalDate sentOn,
    Path batchDirectory) {}
