package fi.kanslia.workers.ports;

import java.util.UUID;

/** Renders a case's decision document from its structured data. */
public interface DecisionIssuing {

  void issue(UUID caseId);
}
