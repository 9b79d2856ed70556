package fi.kanslia.workers.ports;

import java.util.UUID;

/** Files a case's signed decision to the archive. */
public interface DecisionArchiving {

  /** Output variables of the archive-decision step. */
  record Result(String archiveObjectId) {}

  Result archive(UUID caseId);
}
