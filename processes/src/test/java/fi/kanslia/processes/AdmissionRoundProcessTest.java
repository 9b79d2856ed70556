package fi.kanslia.processes;

import static fi.kanslia.processes.AdmissionRoundModel.ANSWERED_OFFER_ROUND_VARIABLE;
import static fi.kanslia.processes.AdmissionRoundModel.CLOSE_APPLICATIONS_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.CLOSE_ROUND_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.INVITE_TO_APTITUDE_TESTS_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.ISSUE_ADMISSION_DECISIONS_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.OFFERS_ANSWERED_MESSAGE;
import static fi.kanslia.processes.AdmissionRoundModel.OFFER_ANSWER_DEADLINE_VARIABLE;
import static fi.kanslia.processes.AdmissionRoundModel.OFFER_VACANCIES_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.OPEN_APPLICATIONS_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.PLACEMENT_PUBLISHED_MESSAGE;
import static fi.kanslia.processes.AdmissionRoundModel.PLACEMENT_RERUN_REQUESTED_MESSAGE;
import static fi.kanslia.processes.AdmissionRoundModel.PROCESS_ID;
import static fi.kanslia.processes.AdmissionRoundModel.PUBLISHED_PLACEMENT_RUN_VARIABLE;
import static fi.kanslia.processes.AdmissionRoundModel.RELEASE_UNACCEPTED_PLACES_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.RUN_PLACEMENT_JOB;
import static fi.kanslia.processes.AdmissionRoundModel.SCORES_COMPLETE_MESSAGE;
import static fi.kanslia.processes.AdmissionRoundModel.START_MESSAGE;
import static fi.kanslia.processes.AdmissionRoundModel.VACANCIES_LEFT_VARIABLE;
import static fi.kanslia.processes.ProcessDriver.assertThatInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.protocol.record.value.ErrorType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The model processes/admission-round.bpmn, one test per path; the engine's clock is moved for the timers. */
class AdmissionRoundProcessTest extends DeployedModels {

    private static final String ROUND_ID = "round-2027-emphasised";
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private final Instant applicationPeriodOpens = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private final Instant applicationPeriodCloses = applicationPeriodOpens.plus(14, ChronoUnit.DAYS);
    private final Instant acceptanceDeadline = applicationPeriodCloses.plus(60, ChronoUnit.DAYS);
    private final Instant vacancyClosingDate = acceptanceDeadline.plus(30, ChronoUnit.DAYS);

    /** The engine's time as far as this test has moved it; the engine starts at the real time. */
    private Instant engineTime = Instant.now();

    @Test
    void roundRunsFromPublicationToClosingWhenNoPlaceIsLeftVacant() {
        long instance = startRound(roundDates());
        assertThatInstance(instance).isWaitingAtElements("application-period-opens");

        passTimeUntil(applicationPeriodOpens);
        driver.completeJob(instance, OPEN_APPLICATIONS_JOB, Map.of());
        assertThatInstance(instance).isWaitingAtElements("application-period-closes")
                .hasNotPassedElement("close-applications");

        passTimeUntil(applicationPeriodCloses);
        driver.completeJob(instance, CLOSE_APPLICATIONS_JOB, Map.of());
        driver.completeJob(instance, INVITE_TO_APTITUDE_TESTS_JOB, Map.of());
        assertThatInstance(instance).isWaitingAtElements("await-scores-complete");

        publish(SCORES_COMPLETE_MESSAGE, Map.of("scores", "not for the process"));
        assertThat(completeJobWithInput(instance, RUN_PLACEMENT_JOB, Map.of("placedCount", 120)))
                .containsEntry("placementRun", 1);
        assertThatInstance(instance).isWaitingAtElements("placement-review");

        publish(PLACEMENT_PUBLISHED_MESSAGE, Map.of(PUBLISHED_PLACEMENT_RUN_VARIABLE, 1));
        assertThat(completeJobWithInput(instance, ISSUE_ADMISSION_DECISIONS_JOB, Map.of()))
                .containsEntry("placementRun", 1);
        assertThatInstance(instance).isWaitingAtElements("acceptance-deadline-reached");

        passTimeUntil(acceptanceDeadline);
        driver.completeJob(instance, RELEASE_UNACCEPTED_PLACES_JOB, Map.of());
        driver.completeJob(instance, OFFER_VACANCIES_JOB, Map.of(VACANCIES_LEFT_VARIABLE, false));
        driver.completeJob(instance, CLOSE_ROUND_JOB, Map.of());

        assertThatInstance(instance)
                .hasPassedElementsInOrder(
                        "admission-round-published", "application-period-opens", "open-applications",
                        "application-period-closes", "close-applications", "invite-to-aptitude-tests",
                        "await-scores-complete", "placement-run-merged", "run-placement", "placement-review-merged",
                        "placement-review", "placement-published", "published-run-is-latest",
                        "issue-admission-decisions", "acceptance-deadline-reached", "release-unaccepted-places",
                        "vacancy-filling-started", "offer-round-merged", "offer-vacancies", "offers-awaiting-answers",
                        "vacancies-settled", "fill-vacancies", "round-closing-merged", "close-round",
                        "admission-round-closed")
                .hasNotPassedElement("placement-rerun-requested")
                .hasNotPassedElement("vacancy-closing-date-reached")
                .hasVariableWithValue("scoresComplete", true)
                .hasVariableWithValue("placementRun", 1)
                .hasVariableWithValue("offerRound", 1)
                .hasVariableWithValue(VACANCIES_LEFT_VARIABLE, false)
                .hasNoIncidents()
                .isCompleted();
        assertThat(driver.processVariableNames(instance)).doesNotContain("scores", "placedCount");
    }

    @Test
    void officialReRunsThePlacementBeforePublishingIt() {
        long instance = roundInPlacementReview();

        publish(PLACEMENT_RERUN_REQUESTED_MESSAGE, Map.of());
        assertThat(completeJobWithInput(instance, RUN_PLACEMENT_JOB, Map.of())).containsEntry("placementRun", 2);
        publish(PLACEMENT_PUBLISHED_MESSAGE, Map.of(PUBLISHED_PLACEMENT_RUN_VARIABLE, 2));

        assertThat(completeJobWithInput(instance, ISSUE_ADMISSION_DECISIONS_JOB, Map.of()))
                .as("decisions come from the re-run").containsEntry("placementRun", 2);
        assertThatInstance(instance)
                .hasPassedElementsInOrder("run-placement", "placement-review", "placement-rerun-requested",
                        "run-placement", "placement-review", "placement-published", "issue-admission-decisions")
                .hasVariableWithValue("placementRun", 2)
                .hasVariableWithValue("rerunOfPlacementRun", 1)
                .isWaitingAtElements("acceptance-deadline-reached");
    }

    @Test
    void publicationOfARunThatWasSentBackIssuesNoDecisions() {
        long instance = roundInPlacementReview();
        publish(PLACEMENT_RERUN_REQUESTED_MESSAGE, Map.of());
        completeJobWithInput(instance, RUN_PLACEMENT_JOB, Map.of());

        publish(PLACEMENT_PUBLISHED_MESSAGE, Map.of(PUBLISHED_PLACEMENT_RUN_VARIABLE, 1));

        assertThatInstance(instance)
                .hasNotPassedElement("issue-admission-decisions")
                .hasPassedElement("placement-published", 1)
                .isWaitingAtElements("placement-review")
                .hasNoIncidents();

        publish(PLACEMENT_PUBLISHED_MESSAGE, Map.of(PUBLISHED_PLACEMENT_RUN_VARIABLE, 2));
        assertThatInstance(instance).isWaitingAtElements("issue-admission-decisions");
    }

    @Test
    void publicationWithoutARunNumberRaisesAnIncidentInsteadOfIssuingDecisions() {
        long instance = roundInPlacementReview();

        publish(PLACEMENT_PUBLISHED_MESSAGE, Map.of());

        assertThatInstance(instance)
                .hasNotPassedElement("issue-admission-decisions")
                .extractingLatestIncident()
                .occurredOnElement("published-run-is-latest")
                .hasErrorType(ErrorType.EXTRACT_VALUE_ERROR);
    }

    @Test
    void declinedOfferMovesThePlaceToTheNextOnTheWaitingList() {
        long instance = roundFillingVacancies();

        assertThat(offerVacancies(instance, true, acceptanceDeadline.plus(3, ChronoUnit.DAYS)))
                .containsEntry("offerRound", 1);
        assertThatInstance(instance).isWaitingAtElements("offer-answers");

        // One offer was declined: the next offer round offers that place to the next applicant on its waiting list.
        publish(OFFERS_ANSWERED_MESSAGE, Map.of(ANSWERED_OFFER_ROUND_VARIABLE, 1));
        assertThat(offerVacancies(instance, true, acceptanceDeadline.plus(6, ChronoUnit.DAYS)))
                .containsEntry("offerRound", 2);
        publish(OFFERS_ANSWERED_MESSAGE, Map.of(ANSWERED_OFFER_ROUND_VARIABLE, 2));
        assertThat(offerVacancies(instance, false, null)).containsEntry("offerRound", 3);
        driver.completeJob(instance, CLOSE_ROUND_JOB, Map.of());

        assertThatInstance(instance)
                .hasPassedElementsInOrder("offer-vacancies", "offer-answers", "offers-answered",
                        "answers-to-current-offers", "offer-vacancies", "offer-answers", "offers-answered",
                        "answers-to-current-offers", "offer-vacancies", "vacancies-settled", "close-round")
                .hasNotPassedElement("offer-answer-deadline-passed")
                .hasNotPassedElement("vacancy-closing-date-reached")
                .hasVariableWithValue("offerRound", 3)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void offersAnsweredBeforeTheirDeadlineStartTheNextOfferRoundAtOnce() {
        long instance = roundFillingVacancies();
        offerVacancies(instance, true, acceptanceDeadline.plus(3, ChronoUnit.DAYS));

        publish(OFFERS_ANSWERED_MESSAGE, Map.of(ANSWERED_OFFER_ROUND_VARIABLE, 1));

        assertThatInstance(instance)
                .hasPassedElement("offers-answered")
                .hasNotPassedElement("offer-answer-deadline-passed")
                .isWaitingAtElements("offer-vacancies");
    }

    @Test
    void unansweredOffersLapseAtTheirDeadlineAndTheNextOfferRoundStarts() {
        long instance = roundFillingVacancies();
        Instant offerAnswerDeadline = acceptanceDeadline.plus(3, ChronoUnit.DAYS);
        offerVacancies(instance, true, offerAnswerDeadline);

        passTimeUntil(offerAnswerDeadline.minus(1, ChronoUnit.HOURS));
        assertThatInstance(instance).isWaitingAtElements("offer-answers");

        passTimeUntil(offerAnswerDeadline);
        assertThatInstance(instance)
                .hasPassedElement("offer-answer-deadline-passed")
                .hasNotPassedElement("offers-answered")
                .isWaitingAtElements("offer-vacancies");
        assertThat(offerVacancies(instance, false, null)).containsEntry("offerRound", 2);
    }

    @Test
    void answersForAnEarlierOfferRoundDoNotEndTheWaitForTheCurrentOne() {
        long instance = roundFillingVacancies();
        Instant firstDeadline = acceptanceDeadline.plus(3, ChronoUnit.DAYS);
        offerVacancies(instance, true, firstDeadline);
        passTimeUntil(firstDeadline);
        offerVacancies(instance, true, firstDeadline.plus(3, ChronoUnit.DAYS));

        // The last answers of round 1 came in just as its deadline passed.
        publish(OFFERS_ANSWERED_MESSAGE, Map.of(ANSWERED_OFFER_ROUND_VARIABLE, 1));

        assertThatInstance(instance)
                .hasPassedElement("offers-answered", 1)
                .hasPassedElement("offer-vacancies", 2)
                .isWaitingAtElements("offer-answers")
                .hasNoIncidents();

        publish(OFFERS_ANSWERED_MESSAGE, Map.of(ANSWERED_OFFER_ROUND_VARIABLE, 2));
        assertThat(offerVacancies(instance, false, null)).containsEntry("offerRound", 3);
    }

    @Test
    void vacancyClosingDateEndsTheVacancyLoopWhileOffersAwaitAnswers() {
        long instance = roundFillingVacancies();
        offerVacancies(instance, true, vacancyClosingDate.plus(2, ChronoUnit.DAYS));

        passTimeUntil(vacancyClosingDate);
        driver.completeJob(instance, CLOSE_ROUND_JOB, Map.of());

        assertThatInstance(instance)
                .hasPassedElementsInOrder("offer-vacancies", "vacancy-closing-date-reached", "round-closing-merged",
                        "close-round", "admission-round-closed")
                .hasNotPassedElement("fill-vacancies")
                .hasNotPassedElement("vacancies-settled")
                .hasNotPassedElement("offer-answer-deadline-passed")
                .hasNoIncidents()
                .isCompleted();

        passTimeUntil(vacancyClosingDate.plus(3, ChronoUnit.DAYS));
        assertThat(activatableJobs(OFFER_VACANCIES_JOB)).as("no offers after the closing date").isZero();
    }

    @Test
    void missingDateRaisesAnIncidentAtItsTimer() {
        var dates = roundDates();
        dates.remove("applicationPeriodOpens");

        long instance = startRound(dates);

        assertThatInstance(instance)
                .hasNotPassedElement("open-applications")
                .extractingLatestIncident()
                .occurredOnElement("application-period-opens")
                .hasErrorType(ErrorType.EXTRACT_VALUE_ERROR);
    }

    @Test
    void aRepeatedPublicationOfTheRoundStartsNoSecondInstance() {
        long instance = startRound(roundDates());

        assertThatThrownBy(() -> driver.publishStart(START_MESSAGE, ROUND_ID, roundDates()))
                .as("the same message id again").hasMessageContaining("ALREADY_EXISTS");
        assertThat(driver.lastInstanceOf(PROCESS_ID)).isEqualTo(instance);
    }

    private long startRound(Map<String, Object> variables) {
        driver.publishStart(START_MESSAGE, ROUND_ID, variables);
        long instance = driver.lastInstanceOf(PROCESS_ID);
        assertThatInstance(instance).hasPassedElement("admission-round-published");
        return instance;
    }

    /** What the application's outbox relay sends when an official publishes the round. */
    private Map<String, Object> roundDates() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("roundId", ROUND_ID);
        variables.put("municipality", "091");
        variables.put("applicationPeriodOpens", isoDateTime(applicationPeriodOpens));
        variables.put("applicationPeriodCloses", isoDateTime(applicationPeriodCloses));
        variables.put("acceptanceDeadline", isoDateTime(acceptanceDeadline));
        variables.put("vacancyClosingDate", isoDateTime(vacancyClosingDate));
        return variables;
    }

    /** A round whose scores are in and whose first placement run waits for the official's review. */
    private long roundInPlacementReview() {
        long instance = startRound(roundDates());
        passTimeUntil(applicationPeriodOpens);
        driver.completeJob(instance, OPEN_APPLICATIONS_JOB, Map.of());
        passTimeUntil(applicationPeriodCloses);
        driver.completeJob(instance, CLOSE_APPLICATIONS_JOB, Map.of());
        driver.completeJob(instance, INVITE_TO_APTITUDE_TESTS_JOB, Map.of());
        publish(SCORES_COMPLETE_MESSAGE, Map.of());
        completeJobWithInput(instance, RUN_PLACEMENT_JOB, Map.of());
        return instance;
    }

    /** A round past its acceptance deadline whose places have been released; the first offer round is due. */
    private long roundFillingVacancies() {
        long instance = roundInPlacementReview();
        publish(PLACEMENT_PUBLISHED_MESSAGE, Map.of(PUBLISHED_PLACEMENT_RUN_VARIABLE, 1));
        driver.completeJob(instance, ISSUE_ADMISSION_DECISIONS_JOB, Map.of());
        passTimeUntil(acceptanceDeadline);
        driver.completeJob(instance, RELEASE_UNACCEPTED_PLACES_JOB, Map.of());
        return instance;
    }

    /** Plays the offer-vacancies worker; returns the variables the job was given. */
    private Map<String, Object> offerVacancies(long instance, boolean offersMade, Instant answerDeadline) {
        Map<String, Object> result = new HashMap<>();
        result.put(VACANCIES_LEFT_VARIABLE, offersMade);
        if (answerDeadline != null) {
            result.put(OFFER_ANSWER_DEADLINE_VARIABLE, isoDateTime(answerDeadline));
        }
        return completeJobWithInput(instance, OFFER_VACANCIES_JOB, result);
    }

    /** Plays the worker for one job and returns the variables the job was given. */
    private Map<String, Object> completeJobWithInput(long instance, String jobType, Map<String, Object> result) {
        return driver.completeJobAt(instance, jobType, jobType, result).getVariablesAsMap();
    }

    private long activatableJobs(String jobType) {
        return client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10)
                .requestTimeout(Duration.ofSeconds(1)).send().join().getJobs().size();
    }

    /** Publishes a message for this round with no time to live: it correlates now or never. */
    private void publish(String message, Map<String, Object> variables) {
        driver.publish(message, ROUND_ID, Duration.ZERO, variables);
    }

    /** Moves the engine's clock to just past the given moment. */
    private void passTimeUntil(Instant moment) {
        var target = moment.plus(1, ChronoUnit.MINUTES);
        driver.increaseTime(Duration.between(engineTime, target));
        engineTime = target;
    }

    /** A date-time as a municipality writes it: ISO-8601 with the Finnish offset, e.g. 2027-01-15T08:00:00+02:00. */
    private static String isoDateTime(Instant moment) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(HELSINKI).toOffsetDateTime());
    }
}
