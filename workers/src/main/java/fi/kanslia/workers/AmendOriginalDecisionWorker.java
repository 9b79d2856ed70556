package fi.kanslia.workers;

import fi.kanslia.workers.ports.OriginalDecisionAmendment;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** Changes the original case as the granted rectification requires. */
@Component
public class AmendOriginalDecisionWorker {

  public static final String TYPE = "amend-original-decision";

  private final OriginalDecisionAmendment port;

  public AmendOriginalDecisionWorker(OriginalDecisionAmendment port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType RectificationVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.amend(variables.requestUuid()));
  }
}
