package fi.kanslia.workers.ports;

import java.util.UUID;

/** Signs a case's decision document. */
public interface DecisionSigning {

  void sign(UUID caseId);
}
