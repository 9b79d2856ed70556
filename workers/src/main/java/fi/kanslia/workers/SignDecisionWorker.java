package fi.kanslia.workers;

import fi.kanslia.workers.ports.DecisionSigning;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/** Signs the decision document (PAdES-BASELINE-T, timestamped). */
@Component
public class SignDecisionWorker {

  public static final String TYPE = "sign-decision";

  private final DecisionSigning port;

  public SignDecisionWorker(DecisionSigning port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.sign(variables.caseUuid()));
  }
}
