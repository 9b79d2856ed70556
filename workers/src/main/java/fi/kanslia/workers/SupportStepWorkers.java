package fi.kanslia.workers;

import fi.kanslia.workers.ports.SupportSteps;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.api.response.ActivatedJob;
import org.springframework.stereotype.Component;

/**
 * The service tasks of the pupil-level support process. Human steps are opened as work items in
 * the application's database (one job type, the step in the task header {@code step}); the other
 * tasks record what happened or tell the people concerned.
 */
@Component
public class SupportStepWorkers {

  public static final String OPEN_STEP = "open-support-step";
  public static final String STEP_HEADER = "step";
  public static final String RECORD_GROUP_SUPPORT = "record-group-support";
  public static final String SEND_HEARING_REQUEST = "send-hearing-request";
  public static final String SEND_HEARING_REMINDER = "send-hearing-reminder";
  public static final String RECORD_UNANSWERED_HEARING = "record-unanswered-hearing";
  public static final String ESCALATE_OVERDUE_DECISION = "escalate-overdue-decision";
  public static final String OPEN_FOLLOW_UP_CASE = "open-follow-up-case";

  private final SupportSteps port;

  public SupportStepWorkers(SupportSteps port) {
    this.port = port;
  }

  @JobWorker(type = OPEN_STEP)
  public void openStep(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    String header = job.getCustomHeaders().get(STEP_HEADER);
    RetryPolicy.run(job, () -> port.open(variables.caseUuid(), step(header)));
  }

  @JobWorker(type = RECORD_GROUP_SUPPORT)
  public void recordGroupSupport(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.recordGroupSupport(variables.caseUuid()));
  }

  @JobWorker(type = SEND_HEARING_REQUEST)
  public SupportSteps.Hearing sendHearingRequest(@VariablesAsType CaseVariables variables,
      ActivatedJob job) {
    return RetryPolicy.call(job, () -> port.sendHearingRequest(variables.caseUuid()));
  }

  @JobWorker(type = SEND_HEARING_REMINDER)
  public void sendHearingReminder(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.sendHearingReminder(variables.caseUuid()));
  }

  @JobWorker(type = RECORD_UNANSWERED_HEARING)
  public void recordUnansweredHearing(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.recordUnansweredHearing(variables.caseUuid()));
  }

  @JobWorker(type = ESCALATE_OVERDUE_DECISION)
  public void escalateOverdueDecision(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.escalateOverdueDecision(variables.caseUuid()));
  }

  @JobWorker(type = OPEN_FOLLOW_UP_CASE)
  public void openFollowUpCase(@VariablesAsType CaseVariables variables, ActivatedJob job) {
    RetryPolicy.run(job, () -> port.openFollowUpCase(variables.caseUuid()));
  }

  private static SupportSteps.Step step(String header) {
    if (header == null) {
      throw new IllegalArgumentException("The task has no '" + STEP_HEADER + "' header");
    }
    return SupportSteps.Step.valueOf(header);
  }
}
