package fi.kanslia.decision;

import java.util.Optional;
import java.util.UUID;

/** Decisions and their documents. */
public interface Decisions {

  String SCHOOL_PLACE = "SCHOOL_PLACE";

  /** Records the decision act; a case has at most one decision. */
  UUID take(TakeDecision decision);

  Optional<DecisionSummary> forCase(UUID caseId);

  /** The signed decision document, once it is signed. */
  Optional<byte[]> signedDocument(UUID caseId);

  /** Records where the archive keeps the decision (idempotent). */
  void markArchived(UUID caseId, String archiveObjectId);
}
