package fi.kanslia.workers;

import fi.kanslia.workers.ports.DecisionIssuing;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/** Renders the decision document (PDF/A) from the decision's structured data. */
@Component
public class IssueDecisionWorker {

  public static final String TYPE = "issue-decision";

  private final DecisionIssuing port;

  public IssueDecisionWorker(DecisionIssuing port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.issue(variables.caseUuid()));
  }
}
