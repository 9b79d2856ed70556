package fi.kanslia.processes;

import static fi.kanslia.processes.SchoolPlaceApplicationModel.DECISION_ID;
import static fi.kanslia.processes.SchoolPlaceApplicationModel.OFFICIAL_DECISION_MESSAGE;
import static fi.kanslia.processes.SchoolPlaceApplicationModel.OUTCOME_APPROVED;
import static fi.kanslia.processes.SchoolPlaceApplicationModel.OUTCOME_REJECTED;
import static fi.kanslia.processes.SchoolPlaceApplicationModel.PROCESS_ID;
import static fi.kanslia.processes.SchoolPlaceApplicationModel.START_MESSAGE;
import static fi.kanslia.processes.SchoolPlaceApplicationModel.WITHDRAWAL_MESSAGE;
import static fi.kanslia.processes.ProcessDriver.assertThatInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.response.MatchedDecisionRule;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The model processes/school-place-application.bpmn and its decision, one test per path. */
class SchoolPlaceApplicationProcessTest extends DeployedModels {

    private static final String CASE_ID = "case-0001";
    private static final String NEIGHBOURHOOD_SCHOOL_ID = "school-42";

    @Test
    void approvedApplicationRecordsTheSchoolPlaceAndArchivesTheDecision() {
        long instance = applicationAwaitingOfficialDecision();
        // The receive task and its withdrawal boundary event both subscribe; the assertion library keeps
        // one subscription per element instance, so the decision's correlation below proves its own.
        assertThatInstance(instance).isWaitingAtElements("await-official-decision");

        publishOfficialDecision(Map.of("outcome", OUTCOME_APPROVED));
        driver.completeJob(instance, "record-school-place", Map.of());
        completeDecisionTasks(instance);

        assertThatInstance(instance)
                .hasPassedElementsInOrder(
                        "application-submitted", "find-neighbourhood-school", "recommend-placement",
                        "open-official-review", "await-official-decision", "official-outcome",
                        "record-school-place", "outcome-merged", "issue-decision", "sign-decision",
                        "notify-guardian", "archive-decision", "decision-archived")
                .hasVariableWithValue("recommendation", "PLACE_IN_NEIGHBOURHOOD_SCHOOL")
                .hasVariableWithValue("outcome", OUTCOME_APPROVED)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void rejectedApplicationIssuesTheDecisionWithoutRecordingASchoolPlace() {
        long instance = startApplication(false);
        driver.completeJob(instance, "find-neighbourhood-school", schoolFound(false, true));
        driver.completeJob(instance, "open-official-review", Map.of());

        publishOfficialDecision(Map.of("outcome", OUTCOME_REJECTED));
        completeDecisionTasks(instance);

        assertThatInstance(instance)
                .hasNotPassedElement("record-school-place")
                .hasPassedElementsInOrder(
                        "official-outcome", "outcome-merged", "issue-decision", "sign-decision",
                        "notify-guardian", "archive-decision", "decision-archived")
                .hasVariableWithValue("recommendation", "SECONDARY_CHECK_CAPACITY")
                .hasVariableWithValue("outcome", OUTCOME_REJECTED)
                .hasNoIncidents()
                .isCompleted();
    }

    @ParameterizedTest(name = "requested is neighbourhood school {0}, language matches {1}, sibling {2} -> {3}")
    @CsvSource({
        "true,  true,  false, PLACE_IN_NEIGHBOURHOOD_SCHOOL, place-in-neighbourhood-school-rule",
        "true,  true,  true,  PLACE_IN_NEIGHBOURHOOD_SCHOOL, place-in-neighbourhood-school-rule",
        "true,  false, false, CHECK_LANGUAGE_OF_INSTRUCTION, check-language-of-instruction-rule",
        "false, false, true,  CHECK_LANGUAGE_OF_INSTRUCTION, check-language-of-instruction-rule",
        "false, true,  true,  SECONDARY_SIBLING_PRIORITY,    secondary-sibling-priority-rule",
        "false, true,  false, SECONDARY_CHECK_CAPACITY,      secondary-check-capacity-rule"
    })
    void recommendationDecisionAppliesTheFirstMatchingRule(
            boolean requestedIsNeighbourhoodSchool, boolean languageMatches, boolean siblingAtSchool,
            String expectedRecommendation, String expectedRuleId) {
        var result = client.newEvaluateDecisionCommand()
                .decisionId(DECISION_ID)
                .variables(Map.of(
                        "requestedIsNeighbourhoodSchool", requestedIsNeighbourhoodSchool,
                        "languageMatches", languageMatches,
                        "siblingAtSchool", siblingAtSchool))
                .send()
                .join();

        assertThat(result.getFailureMessage()).isNullOrEmpty();
        assertThat(result.getDecisionOutput()).isEqualTo("\"" + expectedRecommendation + "\"");
        assertThat(result.getEvaluatedDecisions().getFirst().getMatchedRules())
                .extracting(MatchedDecisionRule::getRuleId)
                .containsExactly(expectedRuleId);
    }

    @ParameterizedTest(name = "language matches {0}, sibling {1} -> {2}")
    @CsvSource({
        "false, true,  CHECK_LANGUAGE_OF_INSTRUCTION",
        "true,  true,  SECONDARY_SIBLING_PRIORITY"
    })
    void recommendPlacementStoresTheDecisionResultInTheProcess(
            boolean languageMatches, boolean siblingAtSchool, String expectedRecommendation) {
        long instance = startApplication(siblingAtSchool);
        driver.completeJob(instance, "find-neighbourhood-school", schoolFound(false, languageMatches));

        assertThatInstance(instance)
                .hasPassedElement("recommend-placement")
                .hasVariableWithValue("recommendation", expectedRecommendation)
                .isWaitingAtElements("open-official-review");
    }

    @Test
    void decisionPublishedBeforeTheProcessWaitsIsBufferedAndCorrelated() {
        long instance = startApplication(true);
        assertThatInstance(instance).isWaitingAtElements("find-neighbourhood-school")
                .isNotWaitingForMessages(OFFICIAL_DECISION_MESSAGE);

        publishOfficialDecision(CASE_ID, Duration.ofHours(1), Map.of("outcome", OUTCOME_APPROVED));
        driver.completeJob(instance, "find-neighbourhood-school", schoolFound(true, true));
        driver.completeJob(instance, "open-official-review", Map.of());

        assertThatInstance(instance)
                .hasCorrelatedMessageByName(OFFICIAL_DECISION_MESSAGE, 1)
                .hasCorrelatedMessageByCorrelationKey(CASE_ID, 1)
                .hasPassedElement("await-official-decision")
                .isWaitingAtElements("record-school-place");
    }

    @Test
    void withdrawalWhileWaitingForTheOfficialClosesTheApplicationWithoutADecision() {
        long instance = applicationAwaitingOfficialDecision();

        driver.publish(WITHDRAWAL_MESSAGE, CASE_ID, Duration.ZERO, Map.of());
        driver.completeJob(instance, "close-withdrawn-application", Map.of());

        assertThatInstance(instance)
                .hasPassedElementsInOrder("withdrawal-received", "close-withdrawn-application",
                        "application-withdrawn")
                .hasNotPassedElement("official-outcome")
                .hasNotPassedElement("issue-decision")
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void withdrawalSentBeforeTheProcessWaitsIsBufferedAndStillWithdraws() {
        long instance = startApplication(false);
        driver.publish(WITHDRAWAL_MESSAGE, CASE_ID, Duration.ofHours(1), Map.of());
        driver.completeJob(instance, "find-neighbourhood-school", schoolFound(true, true));
        driver.completeJob(instance, "open-official-review", Map.of());
        driver.completeJob(instance, "close-withdrawn-application", Map.of());

        assertThatInstance(instance)
                .hasPassedElement("withdrawal-received")
                .hasNotPassedElement("official-outcome")
                .isCompleted();
    }

    @Test
    void aRepeatedStartMessageStartsNoSecondInstance() {
        long instance = startApplication(false);
        assertThatThrownBy(() -> publishStart(false)).as("the same message id again")
                .hasMessageContaining("ALREADY_EXISTS");
        driver.publish(START_MESSAGE, CASE_ID, Duration.ZERO, Map.of("caseId", CASE_ID));

        assertThat(InspectionUtility.findProcessInstances().withBpmnProcessId(PROCESS_ID)
                .findLastProcessInstance().orElseThrow().getProcessInstanceKey())
                .as("no second instance while the first is active").isEqualTo(instance);
        assertThatInstance(instance).isWaitingAtElements("find-neighbourhood-school");
    }

    @Test
    void decisionForAnotherCaseIsNotCorrelated() {
        long instance = applicationAwaitingOfficialDecision();

        publishOfficialDecision("case-0002", Duration.ofHours(1), Map.of("outcome", OUTCOME_APPROVED));

        assertThatInstance(instance)
                .hasCorrelatedMessageByName(OFFICIAL_DECISION_MESSAGE, 0)
                .isWaitingAtElements("await-official-decision");
    }

    @Test
    void onlyTheOutcomeEntersTheProcessFromTheDecisionMessage() {
        long instance = applicationAwaitingOfficialDecision();

        publishOfficialDecision(Map.of("outcome", OUTCOME_APPROVED, "officialName", "not for the process"));

        assertThat(driver.processVariableNames(instance))
                .contains("outcome")
                .doesNotContain("officialName");
    }

    @ParameterizedTest(name = "outcome \"{0}\"")
    @ValueSource(strings = {"POSTPONED", "approved", ""})
    @NullSource
    void unexpectedOrMissingOutcomeRaisesAnIncidentAtTheGatewayUntilCorrected(String unexpectedOutcome) {
        long instance = applicationAwaitingOfficialDecision();

        publishOfficialDecision(unexpectedOutcome == null ? Map.of() : Map.of("outcome", unexpectedOutcome));

        var incident = assertThatInstance(instance)
                .hasNotPassedElement("record-school-place")
                .hasNotPassedElement("issue-decision")
                .hasAnyIncidents()
                .extractingLatestIncident()
                .occurredOnElement("official-outcome")
                .hasErrorType(ErrorType.CONDITION_ERROR)
                .isUnresolved();

        // An operator corrects the variable and resolves the incident; the process then continues.
        client.newSetVariablesCommand(instance).variables(Map.of("outcome", OUTCOME_REJECTED)).send().join();
        client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
        InProcessEngine.waitUntilIdle(engine);

        incident.isResolved();
        assertThatInstance(instance)
                .hasNotPassedElement("record-school-place")
                .isWaitingAtElements("issue-decision");
    }

    @Test
    void jobFailedWithNoRetriesLeftRaisesAnIncidentAtItsTask() {
        long instance = startApplication(false);

        var job = driver.activateSingleJob(instance, "find-neighbourhood-school");
        client.newFailCommand(job.getKey()).retries(0).errorMessage("school register unavailable").send().join();
        InProcessEngine.waitUntilIdle(engine);

        assertThat(job.getRetries()).isEqualTo(10);
        assertThatInstance(instance)
                .extractingLatestIncident()
                .occurredOnElement("find-neighbourhood-school")
                .hasErrorType(ErrorType.JOB_NO_RETRIES)
                .hasErrorMessage("school register unavailable");
    }

    private long startApplication(boolean siblingAtSchool) {
        publishStart(siblingAtSchool);
        long instance = driver.lastInstanceOf(PROCESS_ID);
        assertThatInstance(instance).hasPassedElement("application-submitted");
        return instance;
    }

    /** What the application's outbox relay sends when a guardian submits. */
    private void publishStart(boolean siblingAtSchool) {
        driver.publishStart(START_MESSAGE, CASE_ID, Map.of(
                "caseId", CASE_ID,
                "municipality", "091",
                "caseNumber", "KASV/123/2026",
                "siblingAtSchool", siblingAtSchool));
    }

    /** An application to the neighbourhood school, reviewed up to the official's decision. */
    private long applicationAwaitingOfficialDecision() {
        long instance = startApplication(false);
        driver.completeJob(instance, "find-neighbourhood-school", schoolFound(true, true));
        driver.completeJob(instance, "open-official-review", Map.of());
        return instance;
    }

    private static Map<String, Object> schoolFound(boolean requestedIsNeighbourhoodSchool, boolean languageMatches) {
        return Map.of(
                "neighbourhoodSchoolId", NEIGHBOURHOOD_SCHOOL_ID,
                "requestedIsNeighbourhoodSchool", requestedIsNeighbourhoodSchool,
                "languageMatches", languageMatches);
    }

    /** Publishes the decision for this test's case with no time to live: it correlates now or never. */
    private void publishOfficialDecision(Map<String, Object> variables) {
        publishOfficialDecision(CASE_ID, Duration.ZERO, variables);
    }

    private void publishOfficialDecision(String caseId, Duration timeToLive, Map<String, Object> variables) {
        driver.publish(OFFICIAL_DECISION_MESSAGE, caseId, timeToLive, variables);
    }

    private void completeDecisionTasks(long instance) {
        for (String jobType : new String[] {"issue-decision", "sign-decision", "notify-guardian", "archive-decision"}) {
            driver.completeJob(instance, jobType, Map.of());
        }
    }

}
