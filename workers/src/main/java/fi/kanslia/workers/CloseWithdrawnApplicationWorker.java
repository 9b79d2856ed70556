package fi.kanslia.workers;

import fi.kanslia.workers.ports.WithdrawnApplications;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** Closes the official's work item of an application the guardian withdrew. */
@Component
public class CloseWithdrawnApplicationWorker {

  public static final String TYPE = "close-withdrawn-application";

  private final WithdrawnApplications port;

  public CloseWithdrawnApplicationWorker(WithdrawnApplications port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.close(variables.caseUuid()));
  }
}
