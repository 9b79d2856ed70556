package fi.kanslia.processes;

/**
 * The names by which the application talks to the pupil-level support decision process
 * ({@code support-decision}). The human steps are work items in the application's database: one job type,
 * {@link #OPEN_STEP_JOB_TYPE}, opens each of them, its header {@link #STEP_HEADER} naming the step, and the
 * process waits for the step's outcome as a message correlated by the case id. The other job types equal
 * their service tasks' ids and are owned by the worker classes.
 */
public final class SupportDecisionModel {

    /**
     * The BPMN process id; started by {@link #START_MESSAGE} with {@link #CASE_ID}, {@link #MUNICIPALITY},
     * {@link #CASE_NUMBER} and {@link #DECISION_ESCALATION_AFTER}.
     */
    public static final String PROCESS_ID = "support-decision";

    /** Classpath location of the process model. */
    public static final String BPMN_RESOURCE = "processes/support-decision.bpmn";

    /** The message that starts the process; correlation key the case id, message id support-case-opened:&lt;caseId&gt;. */
    public static final String START_MESSAGE = "support-case-opened";

    /** Ends the wait at {@code await-needs-assessment}; carries {@link #SUPPORT_LEVEL}. */
    public static final String NEEDS_ASSESSMENT_COMPLETED_MESSAGE = "needs-assessment-completed";
    /** Ends the wait at {@code await-support-plan}; the process takes no variable from it. */
    public static final String SUPPORT_PLAN_COMPLETED_MESSAGE = "support-plan-completed";
    /** Ends the wait at {@code await-hearing-answers}: every party has answered; the process takes no variable from it. */
    public static final String HEARING_CLOSED_MESSAGE = "hearing-closed";
    /** Ends the wait at {@code await-principal-decision}; carries {@link #REVIEW_DATE}. */
    public static final String SUPPORT_DECIDED_MESSAGE = "support-decided";
    /** Ends the wait at {@code await-support-review}; carries {@link #NEEDS_CHANGED} and {@link #REVIEW_DATE}. */
    public static final String SUPPORT_REVIEWED_MESSAGE = "support-reviewed";

    /** The job type of the service tasks that open a human step as a work item. */
    public static final String OPEN_STEP_JOB_TYPE = "open-support-step";
    /** The task header of {@link #OPEN_STEP_JOB_TYPE} jobs that names the step. */
    public static final String STEP_HEADER = "step";
    /** Values of {@link #STEP_HEADER}. */
    public static final String STEP_NEEDS_ASSESSMENT = "NEEDS_ASSESSMENT";
    public static final String STEP_SUPPORT_PLAN = "SUPPORT_PLAN";
    public static final String STEP_PRINCIPAL_DECISION = "PRINCIPAL_DECISION";
    public static final String STEP_REVIEW = "REVIEW";

    /** Start variables (strings). */
    public static final String CASE_ID = "caseId";
    public static final String MUNICIPALITY = "municipality";
    public static final String CASE_NUMBER = "caseNumber";
    /** Start variable: ISO-8601 duration (e.g. P14D) after which an undecided case is escalated. */
    public static final String DECISION_ESCALATION_AFTER = "decisionEscalationAfter";

    /** From {@link #NEEDS_ASSESSMENT_COMPLETED_MESSAGE}: {@link #SUPPORT_LEVEL_PUPIL} or {@link #SUPPORT_LEVEL_GROUP}. */
    public static final String SUPPORT_LEVEL = "supportLevel";
    public static final String SUPPORT_LEVEL_PUPIL = "PUPIL";
    public static final String SUPPORT_LEVEL_GROUP = "GROUP";

    /** Set by the {@code send-hearing-request} worker: ISO-8601 date-times with offset. */
    public static final String HEARING_DEADLINE = "hearingDeadline";
    public static final String HEARING_REMINDER_AT = "hearingReminderAt";

    /** Set to true by the model when {@link #SUPPORT_PLAN_COMPLETED_MESSAGE} arrives (not taken from the message). */
    public static final String SUPPORT_PLAN_COMPLETED = "supportPlanCompleted";
    /** Set to true by the model when {@link #HEARING_CLOSED_MESSAGE} arrives; unset when the hearing deadline passed. */
    public static final String HEARING_CLOSED = "hearingClosed";

    /** From {@link #SUPPORT_DECIDED_MESSAGE} and {@link #SUPPORT_REVIEWED_MESSAGE}: ISO-8601 date-time with offset. */
    public static final String REVIEW_DATE = "reviewDate";
    /** From {@link #SUPPORT_REVIEWED_MESSAGE}: boolean; true opens a follow-up case. */
    public static final String NEEDS_CHANGED = "needsChanged";

    private SupportDecisionModel() {
    }
}
