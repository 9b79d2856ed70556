package fi.kanslia.workers;

import fi.kanslia.workers.ports.CohortSteps;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The service tasks of the cohort's neighbourhood school assignment (school-place-cohort.bpmn). */
@Component
public class CohortWorkers {

  public static final String ASSIGN = "assign-neighbourhood-schools";
  public static final String ISSUE = "issue-neighbourhood-decisions";
  public static final String RECORD_RESPONSES = "record-cohort-responses";

  /** The variables the steps read: the run and its municipality. */
  public record RunVariables(String runId, String municipality) {

    UUID runUuid() {
      if (runId == null || runId.isBlank()) {
        throw new IllegalArgumentException("The job has no runId variable");
      }
      return UUID.fromString(runId);
    }
  }

  private final CohortSteps port;

  public CohortWorkers(CohortSteps port) {
    this.port = port;
  }

  @JobWorker(type = ASSIGN)
  public Map<String, Object> assign(@VariablesAsType RunVariables run, ActivatedJob job) {
    return RetryPolicy.call(job, () -> Map.of("childCount", port.assignNeighbourhoodSchools(run.runUuid())));
  }

  @JobWorker(type = ISSUE)
  public void issue(@VariablesAsType RunVariables run, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.issueNeighbourhoodDecisions(run.runUuid()));
  }

  @JobWorker(type = RECORD_RESPONSES)
  public void recordResponses(@VariablesAsType RunVariables run, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.recordCohortResponses(run.runUuid()));
  }
}
