package fi.kanslia.notification.internal;

import fi.kanslia.messages.Letter;
import fi.kanslia.notification.PostedLetter;
import java.util.UUID;

/** The kind of a letter delivery row ({@code notice_delivery.letter_kind}), HL 59-61 §. */
enum LetterKind {
  ORDINARY(Letter.Kind.ORDINARY, PostedLetter.Kind.ORDINARY),
  PROOF_OF_RECEIPT(Letter.Kind.PROOF_OF_RECEIPT, PostedLetter.Kind.PROOF_OF_RECEIPT),
  SUBSTITUTE(Letter.Kind.SUBSTITUTE, PostedLetter.Kind.SUBSTITUTE);

  private final Letter.Kind letter;
  private final PostedLetter.Kind posted;

  LetterKind(Letter.Kind letter, PostedLetter.Kind posted) {
    this.letter = letter;
    this.posted = posted;
  }

  Letter.Kind letter() {
    return letter;
  }

  PostedLetter.Kind posted() {
    return posted;
  }

  /**
   * The letter's reference on its cover and in the manifest: the case number and the notice (no
   * personal data). The postal service's proof of receipt names it.
   */
  static String reference(String caseNumber, UUID noticeId) {
    return caseNumber + " " + noticeId.toString().substring(0, 8);
  }

  /** The reference of the substitute notification that follows the notice's returned letter. */
  static String substituteReference(String reference) {
    return reference + " HL61";
  }
}
