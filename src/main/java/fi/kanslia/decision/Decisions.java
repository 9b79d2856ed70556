package fi.kanslia.decision;

import java.util.Optional;
import java.util.UUID;

/** Decisions and their documents. */
public interface Decisions {

  String SCHOOL_PLACE = "SCHOOL_PLACE";

  /**
   * Records the decision act; a case has at most one decision.
   *
   * @throws DecisionIncompleteException if the document would lack a required element
   */
  UUID take(TakeDecision decision);

  /** Reusable reasoning texts of the decision type, in the decision's language, in order. */
  java.util.List<String> reasoningSnippets(String language);

  /** The document as it would be issued, unsigned, for the official to read before deciding. */
  byte[] preview(TakeDecision decision);

  Optional<DecisionSummary> forCase(UUID caseId);

  /** The signed decision document, once it is signed. */
  Optional<byte[]> signedDocument(UUID caseId);

  /**
   * The last day of the rectification period for a party notified on the given day: the configured
   * period counted from the day after notification, moved to the next working day when it falls on
   * a weekend, a public holiday, May Day, Independence Day, Christmas Eve or Midsummer Eve (Act on
   * the computation of periods 150/1930 5 §).
   */
  java.time.LocalDate rectificationDeadline(java.time.LocalDate deemedNotifiedOn);

  /** The authority that the decision type's rectification instruction names. */
  String rectificationAuthority();

  /** Records where the archive keeps the decision (idempotent). */
  void markArchived(UUID caseId, String archiveObjectId);
}
