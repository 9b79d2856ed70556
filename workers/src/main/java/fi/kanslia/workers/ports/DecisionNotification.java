package fi.kanslia.workers.ports;

import java.util.UUID;

/** Notifies the parties of a case's decision, each separately. */
public interface DecisionNotification {

  void notifyParties(UUID caseId);
}
