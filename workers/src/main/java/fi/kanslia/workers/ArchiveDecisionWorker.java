package fi.kanslia.workers;

import fi.kanslia.workers.ports.DecisionArchiving;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/** Files the signed decision to the archive with its record metadata. */
@Component
public class ArchiveDecisionWorker {

  public static final String TYPE = "archive-decision";

  private final DecisionArchiving port;

  public ArchiveDecisionWorker(DecisionArchiving port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public DecisionArchiving.Result handle(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    return RetryPolicy.call(job, () -> port.archive(variables.caseUuid()));
  }
}
