package fi.kanslia.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.inspections.InspectionUtility;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Drives a model on the in-process engine the way the application and its workers do: starts a
 * process by its start message, publishes messages, plays the worker for one job, and reads what
 * the engine recorded. Shared by the process tests, one per model.
 */
final class ProcessDriver {

    static final int MODEL_RETRIES = 10;

    private final ZeebeTestEngine engine;
    private final CamundaClient client;

    ProcessDriver(ZeebeTestEngine engine, CamundaClient client) {
        this.engine = engine;
        this.client = client;
    }

    static ProcessInstanceAssert assertThatInstance(long processInstanceKey) {
        return BpmnAssert.assertThat(new InspectedProcessInstance(processInstanceKey));
    }

    /**
     * Publishes the start message as the application's outbox relay does (correlation key, message
     * id {@code <message>:<key>}, one hour to live).
     */
    void publishStart(String startMessage, String key, Map<String, Object> variables) {
        client.newPublishMessageCommand()
                .messageName(startMessage)
                .correlationKey(key)
                .messageId(startMessage + ":" + key)
                .timeToLive(Duration.ofHours(1))
                .variables(variables)
                .send()
                .join();
        waitUntilIdle();
    }

    /** The most recently started instance of the process. */
    long lastInstanceOf(String processId) {
        return InspectionUtility.findProcessInstances().withBpmnProcessId(processId)
                .findLastProcessInstance().orElseThrow().getProcessInstanceKey();
    }

    void publish(String message, String correlationKey, Duration timeToLive, Map<String, Object> variables) {
        client.newPublishMessageCommand()
                .messageName(message)
                .correlationKey(correlationKey)
                .timeToLive(timeToLive)
                .variables(variables)
                .send()
                .join();
        waitUntilIdle();
    }

    /** Plays the worker for one job: the job type equals the service task's id and carries ten retries. */
    void completeJob(long instance, String jobType, Map<String, Object> variables) {
        completeJobAt(instance, jobType, jobType, variables);
    }

    /** Plays the worker for one job of a type that several tasks share, asserting the task; returns the job. */
    ActivatedJob completeJobAt(long instance, String jobType, String elementId, Map<String, Object> variables) {
        var job = activateSingleJob(instance, jobType, elementId);
        assertThat(job.getRetries()).as("retries of %s", elementId).isEqualTo(MODEL_RETRIES);
        client.newCompleteCommand(job.getKey()).variables(variables).send().join();
        waitUntilIdle();
        return job;
    }

    ActivatedJob activateSingleJob(long instance, String jobType) {
        return activateSingleJob(instance, jobType, jobType);
    }

    private ActivatedJob activateSingleJob(long instance, String jobType, String elementId) {
        var jobs = client.newActivateJobsCommand()
                .jobType(jobType)
                .maxJobsToActivate(10)
                .requestTimeout(Duration.ofSeconds(1))
                .send()
                .join()
                .getJobs();
        assertThat(jobs).as("activated jobs of type %s", jobType).hasSize(1);
        var job = jobs.getFirst();
        assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(job.getElementId()).isEqualTo(elementId);
        return job;
    }

    /** Moves the engine's clock forward and waits until the timers that fell due have been processed. */
    void increaseTime(Duration by) {
        engine.increaseTime(by);
        waitUntilIdle();
    }

    /** The names of the variables set on the process instance itself. */
    List<String> processVariableNames(long instance) {
        return StreamSupport.stream(BpmnAssert.getRecordStream().variableRecords().spliterator(), false)
                .filter(variable -> variable.getValue().getProcessInstanceKey() == instance)
                .filter(variable -> variable.getValue().getScopeKey() == instance)
                .map(variable -> variable.getValue().getName())
                .distinct()
                .toList();
    }

    void waitUntilIdle() {
        InProcessEngine.waitUntilIdle(engine);
    }
}
