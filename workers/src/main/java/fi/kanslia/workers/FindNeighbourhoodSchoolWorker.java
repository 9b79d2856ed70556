package fi.kanslia.workers;

import fi.kanslia.workers.ports.NeighbourhoodSchoolLookup;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/** Finds the child's neighbourhood school and whether the requested school is it. */
@Component
public class FindNeighbourhoodSchoolWorker {

  public static final String TYPE = "find-neighbourhood-school";

  private final NeighbourhoodSchoolLookup port;

  public FindNeighbourhoodSchoolWorker(NeighbourhoodSchoolLookup port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public NeighbourhoodSchoolLookup.Result handle(
      @VariablesAsType CaseVariables variables, ActivatedJob job) {
    return RetryPolicy.call(job, () -> port.lookup(variables.caseUuid()));
  }
}
