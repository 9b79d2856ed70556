package fi.kanslia.workers;

import fi.kanslia.workers.ports.RectificationRouting;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/** Forwards a rectification request to the authority that the decision type names. */
@Component
public class ForwardRectificationRequestWorker {

  public static final String TYPE = "forward-rectification-request";

  private final RectificationRouting port;

  public ForwardRectificationRequestWorker(RectificationRouting port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType RectificationVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.forward(variables.requestUuid()));
  }
}
