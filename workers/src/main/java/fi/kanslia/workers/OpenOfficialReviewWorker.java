package fi.kanslia.workers;

import fi.kanslia.workers.ports.OfficialReviewQueue;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/**
 * Opens the official's work item in the application's database. The process then waits at a
 * receive task for the official's outcome, so human work never depends on engine user tasks.
 */
@Component
public class OpenOfficialReviewWorker {

  public static final String TYPE = "open-official-review";

  /** The variables this step reads: the case and the rules' recommendation. */
  public record Input(String caseId, String municipality, String caseNumber, String recommendation) {}

  private final OfficialReviewQueue queue;

  public OpenOfficialReviewWorker(OfficialReviewQueue queue) {
    this.queue = queue;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType Input input, ActivatedJob job) {
    var variables = new CaseVariables(input.caseId(), input.municipality(), input.caseNumber());
    RetryPolicy.run(job, () -> queue.open(variables.caseUuid(), input.recommendation()));
  }
}
