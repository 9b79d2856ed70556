package fi.kanslia.processes;

import static fi.kanslia.processes.ProcessDriver.assertThatInstance;
import static fi.kanslia.processes.SchoolPlaceCohortModel.ASSIGN_NEIGHBOURHOOD_SCHOOLS_JOB;
import static fi.kanslia.processes.SchoolPlaceCohortModel.CHILD_COUNT_VARIABLE;
import static fi.kanslia.processes.SchoolPlaceCohortModel.ISSUE_NEIGHBOURHOOD_DECISIONS_JOB;
import static fi.kanslia.processes.SchoolPlaceCohortModel.PROCESS_ID;
import static fi.kanslia.processes.SchoolPlaceCohortModel.RECORD_COHORT_RESPONSES_JOB;
import static fi.kanslia.processes.SchoolPlaceCohortModel.START_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model processes/school-place-cohort.bpmn, one test per path; the engine's clock is moved for the timers. */
class SchoolPlaceCohortProcessTest extends DeployedModels {

    private static final String RUN_ID = "cohort-2027-091";

    private final Instant assignmentDate = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private final Instant acceptanceDeadline = assignmentDate.plus(21, ChronoUnit.DAYS);

    @Test
    void everyChildGetsANeighbourhoodSchoolDecisionAndTheResponsesAreRecordedAfterTheDeadline() {
        long instance = startRun();
        assertThatInstance(instance).isWaitingAtElements("assignment-date-reached");

        driver.increaseTime(Duration.between(Instant.now(), assignmentDate).plusHours(1));
        driver.completeJob(instance, ASSIGN_NEIGHBOURHOOD_SCHOOLS_JOB,
                Map.of(CHILD_COUNT_VARIABLE, 5412, "schoolIds", "not for the process"));
        driver.completeJob(instance, ISSUE_NEIGHBOURHOOD_DECISIONS_JOB, Map.of());
        assertThatInstance(instance).isWaitingAtElements("acceptance-deadline-reached")
                .hasNotPassedElement("record-cohort-responses");

        driver.increaseTime(Duration.between(assignmentDate, acceptanceDeadline));
        driver.completeJob(instance, RECORD_COHORT_RESPONSES_JOB, Map.of());

        assertThatInstance(instance)
                .hasPassedElementsInOrder("cohort-assignment-scheduled", "assignment-date-reached",
                        "assign-neighbourhood-schools", "children-in-cohort", "issue-neighbourhood-decisions",
                        "acceptance-deadline-reached", "record-cohort-responses", "cohort-responses-recorded")
                .hasNotPassedElement("cohort-empty")
                .hasVariableWithValue(CHILD_COUNT_VARIABLE, 5412)
                .hasNoIncidents()
                .isCompleted();
        assertThat(driver.processVariableNames(instance)).doesNotContain("schoolIds");
    }

    @Test
    void cohortWithoutChildrenEndsWithoutDecisions() {
        long instance = startRun();
        driver.increaseTime(Duration.between(Instant.now(), assignmentDate).plusHours(1));

        driver.completeJob(instance, ASSIGN_NEIGHBOURHOOD_SCHOOLS_JOB, Map.of(CHILD_COUNT_VARIABLE, 0));

        assertThatInstance(instance)
                .hasPassedElementsInOrder("assign-neighbourhood-schools", "children-in-cohort", "cohort-empty")
                .hasNotPassedElement("issue-neighbourhood-decisions")
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void assignmentWithoutAChildCountRaisesAnIncidentAtTheGateway() {
        long instance = startRun();
        driver.increaseTime(Duration.between(Instant.now(), assignmentDate).plusHours(1));

        driver.completeJob(instance, ASSIGN_NEIGHBOURHOOD_SCHOOLS_JOB, Map.of());

        assertThatInstance(instance)
                .hasNotPassedElement("issue-neighbourhood-decisions")
                .extractingLatestIncident()
                .occurredOnElement("children-in-cohort")
                .hasErrorType(ErrorType.EXTRACT_VALUE_ERROR);
    }

    private long startRun() {
        driver.publishStart(START_MESSAGE, RUN_ID, Map.of(
                "runId", RUN_ID,
                "municipality", "091",
                "cohortYear", 2027,
                "assignmentDate", isoDateTime(assignmentDate),
                "acceptanceDeadline", isoDateTime(acceptanceDeadline)));
        long instance = driver.lastInstanceOf(PROCESS_ID);
        assertThatInstance(instance).hasPassedElement("cohort-assignment-scheduled");
        return instance;
    }

    private static String isoDateTime(Instant moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(ZoneId.of("Europe/Helsinki")).toOffsetDateTime());
    }
}
