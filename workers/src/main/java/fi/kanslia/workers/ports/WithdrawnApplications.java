package fi.kanslia.workers.ports;

import java.util.UUID;

/** Closes what a withdrawn application left open (the official's work item). */
public interface WithdrawnApplications {

  void close(UUID caseId);
}
