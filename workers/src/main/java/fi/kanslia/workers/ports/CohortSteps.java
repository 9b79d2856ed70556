package fi.kanslia.workers.ports;

import java.util.UUID;

/**
 * The application's side of school-place-cohort.bpmn. Every step is keyed by the run and keeps
 * per-child progress, so a job delivered again continues instead of repeating.
 */
public interface CohortSteps {

  /** Assigns every child of the run's cohort a neighbourhood school; returns how many children. */
  int assignNeighbourhoodSchools(UUID runId);

  /** Takes the neighbourhood-school decision of every assigned child and starts its issuance. */
  void issueNeighbourhoodDecisions(UUID runId);

  /** After the acceptance deadline: records who accepted, who applied elsewhere, who did not answer. */
  void recordCohortResponses(UUID runId);
}
