package fi.kanslia.workers.ports;

import java.util.UUID;

/** Records the school place granted by a case's approved decision. */
public interface SchoolPlacements {

  void record(UUID caseId);
}
