package fi.kanslia.processes;

import static fi.kanslia.processes.DecisionIssuanceModel.PROCESS_ID;
import static fi.kanslia.processes.DecisionIssuanceModel.START_MESSAGE;
import static fi.kanslia.processes.ProcessDriver.assertThatInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model processes/decision-issuance.bpmn, one test per path. */
class DecisionIssuanceProcessTest extends DeployedModels {

    private static final String CASE_ID = "3b8f2c1d-6e4a-4f7b-9c2d-1a5e8f3b7c90";
    private static final Map<String, Object> START = Map.of(
            "caseId", CASE_ID, "municipality", "049", "caseNumber", "ESP/7/12.01.03/2027");

    @Test
    void aTakenDecisionIsIssuedSignedSentAndArchivedInThatOrder() {
        driver.publishStart(START_MESSAGE, CASE_ID, START);
        long instance = driver.lastInstanceOf(PROCESS_ID);

        for (String jobType : DecisionIssuanceModel.JOB_TYPES) {
            assertThatInstance(instance).isWaitingAtElements(jobType);
            assertThat(driver.completeJobAt(instance, jobType, jobType, Map.of()).getRetries())
                    .isEqualTo(ProcessDriver.MODEL_RETRIES);
        }

        assertThatInstance(instance)
                .hasPassedElementsInOrder("decision-taken", "issue-decision", "sign-decision",
                        "notify-guardian", "archive-decision", "decision-archived")
                .hasVariableWithValue("caseId", CASE_ID)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void aRepeatedStartMessageIssuesTheDecisionOnce() {
        driver.publishStart(START_MESSAGE, CASE_ID, START);
        assertThatThrownBy(() -> driver.publishStart(START_MESSAGE, CASE_ID, START))
                .as("the relay treats ALREADY_EXISTS as done").hasMessageContaining("ALREADY_EXISTS");

        assertThat(startedInstances()).isEqualTo(1);
    }

    private long startedInstances() {
        return java.util.stream.StreamSupport.stream(io.camunda.zeebe.process.test.assertions.BpmnAssert
                        .getRecordStream().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getIntent() == io.camunda.zeebe.protocol.record.intent
                        .ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .filter(r -> r.getValue().getBpmnElementType()
                        == io.camunda.zeebe.protocol.record.value.BpmnElementType.PROCESS)
                .filter(r -> r.getValue().getBpmnProcessId().equals(PROCESS_ID))
                .count();
    }
}
