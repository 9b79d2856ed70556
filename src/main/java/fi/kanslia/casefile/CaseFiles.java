package fi.kanslia.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The case register. */
public interface CaseFiles {

  /** Opens a case with the next case number of the municipality, e.g. ESP/12/12.01.01/2026. */
  CaseFile open(String municipalityCode, String casePrefix, String caseType, String taskClassCode,
      UUID childId);

  Optional<CaseFile> find(String municipalityCode, UUID caseId);

  /** Finds a case by id in any municipality: for the process steps, which carry the case id. */
  Optional<CaseFile> findForProcessing(UUID caseId);

  Optional<CaseFile> findByNumber(String municipalityCode, String caseNumber);

  List<CaseFile> ofChildren(String municipalityCode, List<UUID> childIds);

  /**
   * Moves the case forward to the status; a repeated or older status changes nothing, so process
   * steps that run twice leave one history entry.
   */
  void advance(UUID caseId, CaseStatus status);

  List<CaseEvent> history(UUID caseId);

  /**
   * Locks the case for the rest of the caller's transaction and returns it as it now stands: a
   * decision and a withdrawal both lock first, so exactly one of them wins.
   */
  CaseFile lock(UUID caseId);

  /** Marks the case withdrawn if no decision has been taken; false if it is too late. */
  boolean withdraw(UUID caseId);
}
