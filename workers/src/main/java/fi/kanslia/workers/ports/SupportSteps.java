package fi.kanslia.workers.ports;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The application's side of the pupil-level support process (support-decision.bpmn). Every step
 * is idempotent: the engine may deliver a job again after a crash or a timeout.
 */
public interface SupportSteps {

  /** The human steps the process opens as work items in the application's database. */
  enum Step {
    NEEDS_ASSESSMENT,
    SUPPORT_PLAN,
    PRINCIPAL_DECISION,
    REVIEW
  }

  /** Opens the work item of the step (school staff, or the principal for the decision). */
  void open(UUID caseId, Step step);

  /** Group-level support needs no decision: records that and closes the case. */
  void recordGroupSupport(UUID caseId);

  /**
   * Sends the hearing request to each party (each guardian, and the pupil when aged 15 or over),
   * stating its purpose, the documents and the deadline, and returns when the process must remind
   * and when the deadline passes.
   */
  Hearing sendHearingRequest(UUID caseId);

  /** Reminds the parties who have not answered yet. */
  void sendHearingReminder(UUID caseId);

  /** The deadline passed: records which parties did not answer; the decision may proceed. */
  void recordUnansweredHearing(UUID caseId);

  /** The principal has not decided in time: tells the education office. */
  void escalateOverdueDecision(UUID caseId);

  /** A review found the needs changed: opens a new support case, which leads to a new decision. */
  void openFollowUpCase(UUID caseId);

  /** When the hearing's deadline passes and when to remind, as process variables. */
  record Hearing(String hearingDeadline, String hearingReminderAt) {

    public static Hearing of(OffsetDateTime deadline, OffsetDateTime reminderAt) {
      return new Hearing(deadline.toString(), reminderAt.toString());
    }
  }
}
