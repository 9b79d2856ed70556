package fi.kanslia.notification;

/**
 * Proofs of receipt of letters sent against proof of receipt (HL 60 §). The postal service puts its
 * receipt files ({@code kanslia-letter-receipts/1}, see notification-adapter/README.md) into the
 * receipt inbox ({@code KANSLIA_LETTER_RECEIPT_DIR}); a scheduled job imports them, and an
 * official of the deciding unit can record a returned paper card by hand. A proof sets the
 * notice's day of notification to the day on it, once: the same receipt imported twice is one
 * proof. A letter returned undelivered is followed by a substitute notification (HL 61 §).
 */
public interface LetterReceipts {

  /**
   * Imports the receipt files waiting in the inbox now. Each file is moved to {@code processed/};
   * the entries that cannot be used (an unknown reference, a faulty entry, a date before the
   * letter was sent) are written to {@code rejected/} under the file's name with their reasons, and
   * a file that is not a receipt file at all is moved there whole.
   */
  ReceiptImport importInbox();

  /**
   * What one import did.
   *
   * @param recorded proofs recorded now
   * @param duplicates proofs that were recorded before (the same receipt again)
   * @param rejected entries written to a rejected file, and files that were not receipt files
   */
  record ReceiptImport(int files, int recorded, int duplicates, int rejected) {}
}
