package fi.kanslia.processes;

import static fi.kanslia.processes.ProcessDriver.assertThatInstance;
import static fi.kanslia.processes.SupportDecisionModel.HEARING_CLOSED;
import static fi.kanslia.processes.SupportDecisionModel.HEARING_CLOSED_MESSAGE;
import static fi.kanslia.processes.SupportDecisionModel.HEARING_DEADLINE;
import static fi.kanslia.processes.SupportDecisionModel.HEARING_REMINDER_AT;
import static fi.kanslia.processes.SupportDecisionModel.NEEDS_ASSESSMENT_COMPLETED_MESSAGE;
import static fi.kanslia.processes.SupportDecisionModel.NEEDS_CHANGED;
import static fi.kanslia.processes.SupportDecisionModel.OPEN_STEP_JOB_TYPE;
import static fi.kanslia.processes.SupportDecisionModel.PROCESS_ID;
import static fi.kanslia.processes.SupportDecisionModel.REVIEW_DATE;
import static fi.kanslia.processes.SupportDecisionModel.START_MESSAGE;
import static fi.kanslia.processes.SupportDecisionModel.STEP_HEADER;
import static fi.kanslia.processes.SupportDecisionModel.STEP_NEEDS_ASSESSMENT;
import static fi.kanslia.processes.SupportDecisionModel.STEP_PRINCIPAL_DECISION;
import static fi.kanslia.processes.SupportDecisionModel.STEP_REVIEW;
import static fi.kanslia.processes.SupportDecisionModel.STEP_SUPPORT_PLAN;
import static fi.kanslia.processes.SupportDecisionModel.SUPPORT_DECIDED_MESSAGE;
import static fi.kanslia.processes.SupportDecisionModel.SUPPORT_LEVEL;
import static fi.kanslia.processes.SupportDecisionModel.SUPPORT_LEVEL_GROUP;
import static fi.kanslia.processes.SupportDecisionModel.SUPPORT_LEVEL_PUPIL;
import static fi.kanslia.processes.SupportDecisionModel.SUPPORT_PLAN_COMPLETED;
import static fi.kanslia.processes.SupportDecisionModel.SUPPORT_PLAN_COMPLETED_MESSAGE;
import static fi.kanslia.processes.SupportDecisionModel.SUPPORT_REVIEWED_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model processes/support-decision.bpmn, one test per path. Dates are days apart and the engine clock is
 * moved by whole days, so no test depends on how fast the machine is.
 */
class SupportDecisionProcessTest extends DeployedModels {

    private static final String CASE_ID = "support-case-0001";
    private static final ZoneOffset HELSINKI_WINTER = ZoneOffset.ofHours(2);
    /** The hearing request's reminder and deadline, and the decision's first review, in days from the start. */
    private static final int REMINDER_DAY = 7;
    private static final int DEADLINE_DAY = 14;
    private static final int FIRST_REVIEW_DAY = 60;
    private static final Map<String, Object> NOTHING = Map.of();

    /** The engine's clock starts at the wall clock; the tests move it forward by whole days. */
    private final OffsetDateTime start = OffsetDateTime.now(HELSINKI_WINTER).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void groupLevelSupportIsRecordedWithoutADecision() {
        long instance = startCase();
        openStep(instance, "open-needs-assessment", STEP_NEEDS_ASSESSMENT);

        publish(NEEDS_ASSESSMENT_COMPLETED_MESSAGE, Map.of(SUPPORT_LEVEL, SUPPORT_LEVEL_GROUP));
        driver.completeJob(instance, "record-group-support", NOTHING);

        assertThatInstance(instance)
                .hasPassedElementsInOrder("support-case-opened", "open-needs-assessment", "await-needs-assessment",
                        "support-level", "record-group-support", "group-support-recorded")
                .hasNotPassedElement("open-support-plan")
                .hasNotPassedElement("send-hearing-request")
                .hasNotPassedElement("issue-decision")
                .hasVariableWithValue(SUPPORT_LEVEL, SUPPORT_LEVEL_GROUP)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void pupilLevelSupportIsDecidedAfterAHearingAnsweredInTimeAndWaitsForItsReview() {
        long instance = hearingUnderway();

        publish(HEARING_CLOSED_MESSAGE, NOTHING);
        openStep(instance, "open-principal-decision", STEP_PRINCIPAL_DECISION);
        publish(SUPPORT_DECIDED_MESSAGE, Map.of(REVIEW_DATE, day(FIRST_REVIEW_DAY)));
        completeDecisionSteps(instance);

        assertThatInstance(instance)
                .hasPassedElementsInOrder("support-case-opened", "open-needs-assessment", "await-needs-assessment",
                        "support-level", "open-support-plan", "await-support-plan", "send-hearing-request",
                        "await-hearing-answers", "hearing-concluded", "open-principal-decision",
                        "await-principal-decision", "issue-decision", "sign-decision", "notify-guardian",
                        "archive-decision", "next-review")
                .hasNotPassedElement("record-group-support")
                .hasNotPassedElement("send-hearing-reminder")
                .hasNotPassedElement("record-unanswered-hearing")
                .hasNotPassedElement("escalate-overdue-decision")
                .hasVariableWithValue(SUPPORT_LEVEL, SUPPORT_LEVEL_PUPIL)
                .hasVariableWithValue(HEARING_DEADLINE, day(DEADLINE_DAY))
                .hasVariableWithValue(HEARING_CLOSED, true)
                .hasVariableWithValue(REVIEW_DATE, day(FIRST_REVIEW_DAY))
                .hasNoIncidents()
                .isWaitingExactlyAtElements("review-date-reached");
    }

    @Test
    void hearingWithoutAnAnswerByTheDeadlineIsRecordedAndTheDecisionProceeds() {
        long instance = hearingUnderway();

        driver.increaseTime(Duration.ofDays(REMINDER_DAY + 1));
        driver.completeJob(instance, "send-hearing-reminder", NOTHING);
        driver.increaseTime(Duration.ofDays(DEADLINE_DAY - REMINDER_DAY));
        driver.completeJob(instance, "record-unanswered-hearing", NOTHING);

        assertThatInstance(instance)
                .hasPassedElementsInOrder("hearing-deadline-passed", "record-unanswered-hearing", "hearing-concluded")
                .hasNotPassedElement("await-hearing-answers")
                .isNotWaitingForMessages(HEARING_CLOSED_MESSAGE)
                .isWaitingExactlyAtElements("open-principal-decision");
        assertThat(driver.processVariableNames(instance)).as("the hearing was not closed by answers")
                .doesNotContain(HEARING_CLOSED);

        openStep(instance, "open-principal-decision", STEP_PRINCIPAL_DECISION);
        publish(SUPPORT_DECIDED_MESSAGE, Map.of(REVIEW_DATE, day(FIRST_REVIEW_DAY)));

        assertThatInstance(instance).hasPassedElement("await-principal-decision")
                .hasNoIncidents()
                .isWaitingExactlyAtElements("issue-decision");
    }

    @Test
    void reminderGoesOutAndAnAnswerAfterItStillClosesTheHearing() {
        long instance = hearingUnderway();

        driver.increaseTime(Duration.ofDays(REMINDER_DAY + 1));
        driver.completeJob(instance, "send-hearing-reminder", NOTHING);

        assertThatInstance(instance)
                .hasPassedElementsInOrder("hearing-reminder-due", "send-hearing-reminder", "hearing-reminder-sent")
                .isWaitingExactlyAtElements("await-hearing-answers");

        publish(HEARING_CLOSED_MESSAGE, NOTHING);
        driver.increaseTime(Duration.ofDays(DEADLINE_DAY));

        assertThatInstance(instance)
                .hasPassedElementsInOrder("await-hearing-answers", "hearing-concluded")
                .hasPassedElement("hearing-reminder-due", 1)
                .hasNotPassedElement("hearing-deadline-passed")
                .hasNotPassedElement("record-unanswered-hearing")
                .hasNoIncidents()
                .isWaitingExactlyAtElements("open-principal-decision");
    }

    @Test
    void hearingClosedBeforeTheProcessWaitsForItIsBufferedAndCorrelated() {
        long instance = supportPlanned();
        assertThatInstance(instance).isWaitingExactlyAtElements("send-hearing-request");

        driver.publish(HEARING_CLOSED_MESSAGE, CASE_ID, Duration.ofHours(1), NOTHING);
        driver.completeJob(instance, "send-hearing-request", hearingDates());

        assertThatInstance(instance)
                .hasCorrelatedMessageByName(HEARING_CLOSED_MESSAGE, 1)
                .hasPassedElementsInOrder("send-hearing-request", "await-hearing-answers", "hearing-concluded")
                .isWaitingExactlyAtElements("open-principal-decision");
    }

    @Test
    void overdueDecisionIsEscalatedAndTheProcessKeepsWaitingForIt() {
        long instance = awaitingPrincipalDecision();

        driver.increaseTime(Duration.ofDays(15));
        driver.completeJob(instance, "escalate-overdue-decision", NOTHING);

        assertThatInstance(instance)
                .hasPassedElementsInOrder("decision-overdue", "escalate-overdue-decision", "decision-escalated")
                .isWaitingExactlyAtElements("await-principal-decision")
                .isWaitingForMessages(SUPPORT_DECIDED_MESSAGE);

        publish(SUPPORT_DECIDED_MESSAGE, Map.of(REVIEW_DATE, day(FIRST_REVIEW_DAY)));

        assertThatInstance(instance).hasPassedElement("await-principal-decision")
                .hasPassedElement("decision-overdue", 1)
                .hasNoIncidents()
                .isWaitingExactlyAtElements("issue-decision");
    }

    @Test
    void decisionInTimeIsNotEscalated() {
        long instance = awaitingPrincipalDecision();

        driver.increaseTime(Duration.ofDays(13));
        publish(SUPPORT_DECIDED_MESSAGE, Map.of(REVIEW_DATE, day(FIRST_REVIEW_DAY)));
        driver.increaseTime(Duration.ofDays(2));

        assertThatInstance(instance).hasNotPassedElement("decision-overdue")
                .isWaitingExactlyAtElements("issue-decision");
    }

    @Test
    void reviewWithoutChangedNeedsWaitsForTheNextReviewDate() {
        long instance = decidedAndArchived();
        int nextReviewDay = FIRST_REVIEW_DAY + 180;

        driver.increaseTime(Duration.ofDays(FIRST_REVIEW_DAY));
        openStep(instance, "open-support-review", STEP_REVIEW);
        publish(SUPPORT_REVIEWED_MESSAGE, Map.of(NEEDS_CHANGED, false, REVIEW_DATE, day(nextReviewDay)));
        // A day later the next review is still ahead: the loop waits for the new date, not the past one.
        driver.increaseTime(Duration.ofDays(1));

        assertThatInstance(instance)
                .hasPassedElementsInOrder("next-review", "review-date-reached", "open-support-review",
                        "await-support-review", "needs-changed", "next-review")
                .hasNotPassedElement("open-follow-up-case")
                .hasVariableWithValue(NEEDS_CHANGED, false)
                .hasVariableWithValue(REVIEW_DATE, day(nextReviewDay))
                .isWaitingExactlyAtElements("review-date-reached");

        driver.increaseTime(Duration.ofDays(nextReviewDay - FIRST_REVIEW_DAY));
        openStep(instance, "open-support-review", STEP_REVIEW);

        assertThatInstance(instance).hasPassedElement("review-date-reached", 2)
                .hasPassedElement("open-support-review", 2)
                .hasNoIncidents()
                .isWaitingExactlyAtElements("await-support-review");
    }

    @Test
    void reviewWithChangedNeedsOpensAFollowUpCase() {
        long instance = decidedAndArchived();

        driver.increaseTime(Duration.ofDays(FIRST_REVIEW_DAY));
        openStep(instance, "open-support-review", STEP_REVIEW);
        publish(SUPPORT_REVIEWED_MESSAGE, Map.of(NEEDS_CHANGED, true));
        driver.completeJob(instance, "open-follow-up-case", NOTHING);

        assertThatInstance(instance)
                .hasPassedElementsInOrder("review-date-reached", "open-support-review", "await-support-review",
                        "needs-changed", "open-follow-up-case", "follow-up-case-opened")
                .hasPassedElement("next-review", 1)
                .hasVariableWithValue(NEEDS_CHANGED, true)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void everyHumanStepIsOpenedByOneJobTypeNamingTheStepInItsHeader() {
        long instance = startCase();
        Map<String, String> stepByTask = new LinkedHashMap<>();

        stepByTask.put("open-needs-assessment", stepOf(instance, "open-needs-assessment"));
        publish(NEEDS_ASSESSMENT_COMPLETED_MESSAGE, Map.of(SUPPORT_LEVEL, SUPPORT_LEVEL_PUPIL));
        stepByTask.put("open-support-plan", stepOf(instance, "open-support-plan"));
        publish(SUPPORT_PLAN_COMPLETED_MESSAGE, NOTHING);
        driver.completeJob(instance, "send-hearing-request", hearingDates());
        publish(HEARING_CLOSED_MESSAGE, NOTHING);
        stepByTask.put("open-principal-decision", stepOf(instance, "open-principal-decision"));
        publish(SUPPORT_DECIDED_MESSAGE, Map.of(REVIEW_DATE, day(FIRST_REVIEW_DAY)));
        completeDecisionSteps(instance);
        driver.increaseTime(Duration.ofDays(FIRST_REVIEW_DAY));
        stepByTask.put("open-support-review", stepOf(instance, "open-support-review"));

        assertThat(stepByTask).containsExactly(
                Map.entry("open-needs-assessment", STEP_NEEDS_ASSESSMENT),
                Map.entry("open-support-plan", STEP_SUPPORT_PLAN),
                Map.entry("open-principal-decision", STEP_PRINCIPAL_DECISION),
                Map.entry("open-support-review", STEP_REVIEW));
    }

    @Test
    void onlyTheNamedVariablesEnterTheProcessFromTheMessages() {
        long instance = startCase();
        openStep(instance, "open-needs-assessment", STEP_NEEDS_ASSESSMENT);
        publish(NEEDS_ASSESSMENT_COMPLETED_MESSAGE,
                Map.of(SUPPORT_LEVEL, SUPPORT_LEVEL_PUPIL, "assessmentText", "not for the process"));
        openStep(instance, "open-support-plan", STEP_SUPPORT_PLAN);
        publish(SUPPORT_PLAN_COMPLETED_MESSAGE, Map.of("planText", "not for the process"));
        driver.completeJob(instance, "send-hearing-request", hearingDates());
        publish(HEARING_CLOSED_MESSAGE, Map.of("guardianAnswer", "not for the process"));

        assertThatInstance(instance).isWaitingExactlyAtElements("open-principal-decision");
        assertThat(driver.processVariableNames(instance))
                .contains(SUPPORT_LEVEL, SUPPORT_PLAN_COMPLETED, HEARING_DEADLINE, HEARING_REMINDER_AT, HEARING_CLOSED)
                .doesNotContain("assessmentText", "planText", "guardianAnswer");
    }

    @Test
    void unexpectedSupportLevelRaisesAnIncidentAtTheGateway() {
        long instance = startCase();
        openStep(instance, "open-needs-assessment", STEP_NEEDS_ASSESSMENT);

        publish(NEEDS_ASSESSMENT_COMPLETED_MESSAGE, Map.of(SUPPORT_LEVEL, "INTENSIFIED"));

        assertThatInstance(instance)
                .hasNotPassedElement("open-support-plan")
                .hasNotPassedElement("record-group-support")
                .extractingLatestIncident()
                .occurredOnElement("support-level")
                .hasErrorType(ErrorType.CONDITION_ERROR);
    }

    private long startCase() {
        driver.publishStart(START_MESSAGE, CASE_ID, Map.of(
                "caseId", CASE_ID,
                "municipality", "091",
                "caseNumber", "KASV/456/2026",
                "decisionEscalationAfter", "P14D"));
        long instance = driver.lastInstanceOf(PROCESS_ID);
        assertThatInstance(instance).hasPassedElement("support-case-opened");
        return instance;
    }

    /** A pupil-level case whose support plan is done: the hearing request is next. */
    private long supportPlanned() {
        long instance = startCase();
        openStep(instance, "open-needs-assessment", STEP_NEEDS_ASSESSMENT);
        publish(NEEDS_ASSESSMENT_COMPLETED_MESSAGE, Map.of(SUPPORT_LEVEL, SUPPORT_LEVEL_PUPIL));
        openStep(instance, "open-support-plan", STEP_SUPPORT_PLAN);
        publish(SUPPORT_PLAN_COMPLETED_MESSAGE, NOTHING);
        return instance;
    }

    /** The hearing request has gone out and the parties' answers are awaited. */
    private long hearingUnderway() {
        long instance = supportPlanned();
        driver.completeJob(instance, "send-hearing-request", hearingDates());
        assertThatInstance(instance).isWaitingExactlyAtElements("await-hearing-answers")
                .isWaitingForMessages(HEARING_CLOSED_MESSAGE);
        return instance;
    }

    private long awaitingPrincipalDecision() {
        long instance = hearingUnderway();
        publish(HEARING_CLOSED_MESSAGE, NOTHING);
        openStep(instance, "open-principal-decision", STEP_PRINCIPAL_DECISION);
        assertThatInstance(instance).isWaitingExactlyAtElements("await-principal-decision");
        return instance;
    }

    private long decidedAndArchived() {
        long instance = awaitingPrincipalDecision();
        publish(SUPPORT_DECIDED_MESSAGE, Map.of(REVIEW_DATE, day(FIRST_REVIEW_DAY)));
        completeDecisionSteps(instance);
        assertThatInstance(instance).isWaitingExactlyAtElements("review-date-reached");
        return instance;
    }

    /** Plays the application for an open-support-step job, asserting the step its header names. */
    private void openStep(long instance, String taskId, String expectedStep) {
        assertThat(stepOf(instance, taskId)).as("step of %s", taskId).isEqualTo(expectedStep);
    }

    private String stepOf(long instance, String taskId) {
        return driver.completeJobAt(instance, OPEN_STEP_JOB_TYPE, taskId, NOTHING).getCustomHeaders().get(STEP_HEADER);
    }

    /** What the send-hearing-request worker completes with. */
    private Map<String, Object> hearingDates() {
        return Map.of(HEARING_REMINDER_AT, day(REMINDER_DAY), HEARING_DEADLINE, day(DEADLINE_DAY));
    }

    private void completeDecisionSteps(long instance) {
        for (String jobType : new String[] {"issue-decision", "sign-decision", "notify-guardian", "archive-decision"}) {
            driver.completeJob(instance, jobType, NOTHING);
        }
    }

    /** Publishes a message for this test's case with no time to live: it correlates now or never. */
    private void publish(String message, Map<String, Object> variables) {
        driver.publish(message, CASE_ID, Duration.ZERO, variables);
    }

    /** The ISO-8601 date-time with offset, the given number of days after the test started. */
    private String day(int days) {
        return start.plusDays(days).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
