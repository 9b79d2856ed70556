package fi.kanslia.workers;

import fi.kanslia.workers.ports.SchoolPlacements;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.annotation.VariablesAsType;
import org.springframework.stereotype.Component;

/** Records the school place that an approved decision grants. */
@Component
public class RecordSchoolPlaceWorker {

  public static final String TYPE = "record-school-place";

  private final SchoolPlacements port;

  public RecordSchoolPlaceWorker(SchoolPlacements port) {
    this.port = port;
  }

  @JobWorker(type = TYPE)
  public void handle(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.record(variables.caseUuid()));
  }
}
