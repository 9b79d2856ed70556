package fi.kanslia.processes;

import static fi.kanslia.processes.RectificationRequestModel.OUTCOME_DENIED;
import static fi.kanslia.processes.RectificationRequestModel.OUTCOME_GRANTED;
import static fi.kanslia.processes.RectificationRequestModel.OUTCOME_MESSAGE;
import static fi.kanslia.processes.RectificationRequestModel.PROCESS_ID;
import static fi.kanslia.processes.RectificationRequestModel.START_MESSAGE;
import static fi.kanslia.processes.ProcessDriver.assertThatInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The model processes/rectification-request.bpmn, one test per path. */
class RectificationRequestProcessTest extends DeployedModels {

    private static final String REQUEST_ID = "5f0c7d2e-8a41-4c1b-9b7e-2d3f6a8e1c05";
    private static final String CASE_ID = "case-0001";

    @Test
    void grantedRequestAmendsTheOriginalDecision() {
        long instance = requestAwaitingOutcome();
        assertThatInstance(instance).isWaitingAtElements("await-rectification-outcome")
                .isWaitingForMessages(OUTCOME_MESSAGE);

        publishOutcome(Map.of("outcome", OUTCOME_GRANTED));
        driver.completeJob(instance, "amend-original-decision", Map.of());

        assertThatInstance(instance)
                .hasPassedElementsInOrder(
                        "rectification-requested", "forward-rectification-request", "await-rectification-outcome",
                        "rectification-outcome", "amend-original-decision", "rectification-granted")
                .hasNotPassedElement("rectification-denied")
                .hasVariableWithValue("requestId", REQUEST_ID)
                .hasVariableWithValue("caseId", CASE_ID)
                .hasVariableWithValue("outcome", OUTCOME_GRANTED)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void deniedRequestEndsWithoutAmendingTheOriginalDecision() {
        long instance = requestAwaitingOutcome();

        publishOutcome(Map.of("outcome", OUTCOME_DENIED));

        assertThatInstance(instance)
                .hasPassedElementsInOrder(
                        "rectification-requested", "forward-rectification-request", "await-rectification-outcome",
                        "rectification-outcome", "rectification-denied")
                .hasNotPassedElement("amend-original-decision")
                .hasNotPassedElement("rectification-granted")
                .hasVariableWithValue("outcome", OUTCOME_DENIED)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void outcomePublishedBeforeTheProcessWaitsIsBufferedAndCorrelated() {
        long instance = startRequest();
        assertThatInstance(instance).isWaitingAtElements("forward-rectification-request")
                .isNotWaitingForMessages(OUTCOME_MESSAGE);

        publishOutcome(REQUEST_ID, Duration.ofHours(1), Map.of("outcome", OUTCOME_GRANTED));
        driver.completeJob(instance, "forward-rectification-request", Map.of());

        assertThatInstance(instance)
                .hasCorrelatedMessageByName(OUTCOME_MESSAGE, 1)
                .hasCorrelatedMessageByCorrelationKey(REQUEST_ID, 1)
                .hasPassedElement("await-rectification-outcome")
                .isWaitingAtElements("amend-original-decision");
    }

    @Test
    void outcomeForAnotherRequestIsNotCorrelated() {
        long instance = requestAwaitingOutcome();

        publishOutcome("6a1d8e3f-9b52-4d2c-8c8f-3e4a7b9f2d16", Duration.ofHours(1),
                Map.of("outcome", OUTCOME_GRANTED));

        assertThatInstance(instance)
                .hasCorrelatedMessageByName(OUTCOME_MESSAGE, 0)
                .isWaitingAtElements("await-rectification-outcome");
    }

    @Test
    void onlyTheOutcomeEntersTheProcessFromTheOutcomeMessage() {
        long instance = requestAwaitingOutcome();

        publishOutcome(Map.of("outcome", OUTCOME_DENIED, "reasons", "not for the process"));

        assertThat(driver.processVariableNames(instance))
                .contains("outcome")
                .doesNotContain("reasons");
    }

    @ParameterizedTest(name = "outcome \"{0}\"")
    @ValueSource(strings = {"PARTLY_GRANTED", "granted", ""})
    @NullSource
    void unexpectedOrMissingOutcomeRaisesAnIncidentAtTheGatewayUntilCorrected(String unexpectedOutcome) {
        long instance = requestAwaitingOutcome();

        publishOutcome(unexpectedOutcome == null ? Map.of() : Map.of("outcome", unexpectedOutcome));

        var incident = assertThatInstance(instance)
                .hasNotPassedElement("amend-original-decision")
                .hasNotPassedElement("rectification-denied")
                .hasAnyIncidents()
                .extractingLatestIncident()
                .occurredOnElement("rectification-outcome")
                .hasErrorType(ErrorType.CONDITION_ERROR)
                .isUnresolved();

        // An operator corrects the variable and resolves the incident; the process then continues.
        client.newSetVariablesCommand(instance).variables(Map.of("outcome", OUTCOME_GRANTED)).send().join();
        client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
        InProcessEngine.waitUntilIdle(engine);

        incident.isResolved();
        assertThatInstance(instance).isWaitingAtElements("amend-original-decision");
    }

    @Test
    void aRepeatedStartMessageStartsNoSecondInstance() {
        long instance = startRequest();
        assertThatThrownBy(this::publishStart).as("the same message id again")
                .hasMessageContaining("ALREADY_EXISTS");
        driver.publish(START_MESSAGE, REQUEST_ID, Duration.ZERO, Map.of("requestId", REQUEST_ID));

        assertThat(InspectionUtility.findProcessInstances().withBpmnProcessId(PROCESS_ID)
                .findLastProcessInstance().orElseThrow().getProcessInstanceKey())
                .as("no second instance while the first is active").isEqualTo(instance);
        assertThatInstance(instance).isWaitingAtElements("forward-rectification-request");
    }

    @Test
    void jobFailedWithNoRetriesLeftRaisesAnIncidentAtItsTask() {
        long instance = startRequest();

        var job = driver.activateSingleJob(instance, "forward-rectification-request");
        client.newFailCommand(job.getKey()).retries(0).errorMessage("authority's intake unavailable").send().join();
        InProcessEngine.waitUntilIdle(engine);

        assertThat(job.getRetries()).isEqualTo(10);
        assertThatInstance(instance)
                .extractingLatestIncident()
                .occurredOnElement("forward-rectification-request")
                .hasErrorType(ErrorType.JOB_NO_RETRIES)
                .hasErrorMessage("authority's intake unavailable");
    }

    private long startRequest() {
        publishStart();
        long instance = driver.lastInstanceOf(PROCESS_ID);
        assertThatInstance(instance).hasPassedElement("rectification-requested");
        return instance;
    }

    /** What the application's outbox relay sends when a guardian submits a rectification request. */
    private void publishStart() {
        driver.publishStart(START_MESSAGE, REQUEST_ID, Map.of(
                "requestId", REQUEST_ID,
                "caseId", CASE_ID,
                "municipality", "091",
                "caseNumber", "KASV/123/2026"));
    }

    /** A request forwarded to the authority, waiting for its outcome. */
    private long requestAwaitingOutcome() {
        long instance = startRequest();
        driver.completeJob(instance, "forward-rectification-request", Map.of());
        return instance;
    }

    /** Publishes the outcome for this test's request with no time to live: it correlates now or never. */
    private void publishOutcome(Map<String, Object> variables) {
        publishOutcome(REQUEST_ID, Duration.ZERO, variables);
    }

    private void publishOutcome(String requestId, Duration timeToLive, Map<String, Object> variables) {
        driver.publish(OUTCOME_MESSAGE, requestId, timeToLive, variables);
    }

}
