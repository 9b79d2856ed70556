package fi.kanslia.workers.ports;

import java.util.UUID;

/** Opens the official review work item of a case (once, however often it is called). */
public interface OfficialReviewQueue {

  void open(UUID caseId, String recommendation);
}
