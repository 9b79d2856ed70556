package fi.kanslia.workers;

import fi.kanslia.workers.ports.DecisionNotification;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/** Notifies every party with standing of the decision, each separately. */
@Component
public class NotifyGuardianWorker {

  public static final String TYPE = "notify-guardian";

  private final DecisionNotification port;

  public NotifyGuardianWorker(DecisionNotification port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.notifyParties(variables.caseUuid()));
  }
}
