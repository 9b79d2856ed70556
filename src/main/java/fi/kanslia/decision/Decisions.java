package fi.kanslia.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Decisions and their documents, for every decision type. */
public interface Decisions {

  String SCHOOL_PLACE = "SCHOOL_PLACE";
  String SECONDARY_PLACE = "SECONDARY_PLACE";
  String SUPPORT = "SUPPORT";
  /** The municipality's decision that implements a granted rectification request. */
  String RECTIFICATION_OUTCOME = "RECTIFICATION_OUTCOME";

  /**
   * Records the decision act; a case has at most one decision.
   *
   * @throws DecisionIncompleteException if the document would lack a required element
   */
  UUID take(TakeDecision decision);

  /**
   * Takes a decision outside a case process of its own (mass decisions, a decision implementing a
   * rectification): records the act, moves the case to DECIDED and starts its issuance
   * (decision-issuance.bpmn: sign, notify each party, archive) through the outbox, all in the
   * caller's transaction.
   *
   * @throws DecisionIncompleteException if the document would lack a required element
   */
  UUID takeAndIssue(TakeDecision decision);

  /** Reusable reasoning texts of the decision type, in the decision's language, in order. */
  List<String> reasoningSnippets(String decisionType, String language);

  /** The document as it would be issued, unsigned, for the decision maker to read before deciding. */
  byte[] preview(TakeDecision decision);

  Optional<DecisionSummary> forCase(UUID caseId);

  /** The signed decision document, once it is signed. */
  Optional<byte[]> signedDocument(UUID caseId);

  /** The legal basis, remedy and publicity of a decision type (the decision-rules DMN). */
  LegalRules rules(String decisionType);

  /**
   * The rules of one decision: its type's, with the publicity its template requires when that is
   * stricter (a decision amending a confidential decision stays confidential).
   */
  LegalRules rules(DecisionSummary decision);

  /** The decision type whose records policy the decision's archived record follows. */
  String recordsType(DecisionSummary decision);

  /**
   * The last day of the remedy period of the case's decision for a party notified on the given
   * day: the type's period counted from the day after notification, moved to the next working day
   * when it falls on a weekend, a public holiday, May Day, Independence Day, Christmas Eve or
   * Midsummer Eve (Act on the computation of periods 150/1930 5 §).
   */
  LocalDate remedyDeadline(String decisionType, LocalDate deemedNotifiedOn);

  /**
   * Archived decisions whose signature is due for a long-term extension (archived before the
   * first instant and never checked) or for a renewal check (last checked before the second).
   */
  List<DecisionSummary> dueForLongTermSignature(java.time.Instant archivedBefore,
      java.time.Instant checkedBefore, int limit);

  /** Records the extended signed document and the archive version that holds it. */
  void recordLongTermSignature(UUID caseId, byte[] signedDocument, String archiveObjectId);

  /** Records where the archive keeps the decision (idempotent). */
  void markArchived(UUID caseId, String archiveObjectId);
}
