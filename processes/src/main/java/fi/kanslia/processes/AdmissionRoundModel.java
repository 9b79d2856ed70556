package fi.kanslia.processes;

/**
 * The names by which the application talks to the admission-round process (processes/admission-round.bpmn): one
 * instance per admission round to emphasised teaching, correlated by the round id. Every job type equals its service
 * task's id. Messages that the process waits for are published with correlation key = the round id, a message id
 * as documented on each constant, and a time to live (buffered if the process is not yet waiting).
 */
public final class AdmissionRoundModel {

    /** The BPMN process id. */
    public static final String PROCESS_ID = "admission-round";

    /** Classpath location of the process model. */
    public static final String BPMN_RESOURCE = "processes/admission-round.bpmn";

    // Messages

    /**
     * Starts the process; correlation key the round id, message id admission-round-published:&lt;roundId&gt;, carrying
     * {@link #ROUND_ID_VARIABLE}, {@link #MUNICIPALITY_VARIABLE} and the four dates.
     */
    public static final String START_MESSAGE = "admission-round-published";

    /** Every applicant has a score (or is marked absent); message id scores-complete:&lt;roundId&gt;; carries nothing. */
    public static final String SCORES_COMPLETE_MESSAGE = "scores-complete";

    /**
     * The official published a placement run; message id placement-published:&lt;roundId&gt;:&lt;run&gt;, carrying
     * {@link #PUBLISHED_PLACEMENT_RUN_VARIABLE}. A run other than the latest is ignored.
     */
    public static final String PLACEMENT_PUBLISHED_MESSAGE = "placement-published";

    /** The official sends the latest run back for a re-run; message id placement-rerun-requested:&lt;roundId&gt;:&lt;run&gt;. */
    public static final String PLACEMENT_RERUN_REQUESTED_MESSAGE = "placement-rerun-requested";

    /**
     * Every offer of an offer round is answered; message id offers-answered:&lt;roundId&gt;:&lt;offerRound&gt;, carrying
     * {@link #ANSWERED_OFFER_ROUND_VARIABLE}. Answers for an earlier offer round are ignored.
     */
    public static final String OFFERS_ANSWERED_MESSAGE = "offers-answered";

    // Variables set at the start (dates: ISO-8601 date-times with offset, e.g. 2027-01-15T08:00:00+02:00)

    public static final String ROUND_ID_VARIABLE = "roundId";
    public static final String MUNICIPALITY_VARIABLE = "municipality";
    public static final String APPLICATION_PERIOD_OPENS_VARIABLE = "applicationPeriodOpens";
    public static final String APPLICATION_PERIOD_CLOSES_VARIABLE = "applicationPeriodCloses";
    public static final String ACCEPTANCE_DEADLINE_VARIABLE = "acceptanceDeadline";
    public static final String VACANCY_CLOSING_DATE_VARIABLE = "vacancyClosingDate";

    // Variables the process sets or takes from jobs and messages

    /** The number of the current placement run (1, 2, ...), counted by the process; input of run-placement and later jobs. */
    public static final String PLACEMENT_RUN_VARIABLE = "placementRun";
    /** Carried by {@link #PLACEMENT_PUBLISHED_MESSAGE}: the run the official published (number). */
    public static final String PUBLISHED_PLACEMENT_RUN_VARIABLE = "publishedPlacementRun";
    /** Set when {@link #SCORES_COMPLETE_MESSAGE} arrives. */
    public static final String SCORES_COMPLETE_VARIABLE = "scoresComplete";
    /** The run the official last sent back with {@link #PLACEMENT_RERUN_REQUESTED_MESSAGE}. */
    public static final String RERUN_OF_PLACEMENT_RUN_VARIABLE = "rerunOfPlacementRun";
    /** The number of the current offer round (1, 2, ...), counted by the process; input of offer-vacancies. */
    public static final String OFFER_ROUND_VARIABLE = "offerRound";
    /** Output of offer-vacancies: true when it made at least one offer that awaits an answer. */
    public static final String VACANCIES_LEFT_VARIABLE = "vacanciesLeft";
    /** Output of offer-vacancies: the answer deadline of its offer round (ISO-8601 date-time with offset). */
    public static final String OFFER_ANSWER_DEADLINE_VARIABLE = "offerAnswerDeadline";
    /** Carried by {@link #OFFERS_ANSWERED_MESSAGE}: the offer round whose offers are all answered (number). */
    public static final String ANSWERED_OFFER_ROUND_VARIABLE = "answeredOfferRound";

    // Job types (= service task ids), in the order the process runs them

    public static final String OPEN_APPLICATIONS_JOB = "open-applications";
    public static final String CLOSE_APPLICATIONS_JOB = "close-applications";
    public static final String INVITE_TO_APTITUDE_TESTS_JOB = "invite-to-aptitude-tests";
    public static final String RUN_PLACEMENT_JOB = "run-placement";
    public static final String ISSUE_ADMISSION_DECISIONS_JOB = "issue-admission-decisions";
    public static final String RELEASE_UNACCEPTED_PLACES_JOB = "release-unaccepted-places";
    public static final String OFFER_VACANCIES_JOB = "offer-vacancies";
    public static final String CLOSE_ROUND_JOB = "close-round";

    // Elements where the process waits for the officials or the guardians

    /** Receive task: waits for {@link #SCORES_COMPLETE_MESSAGE}. */
    public static final String AWAIT_SCORES_COMPLETE_ELEMENT = "await-scores-complete";
    /** Event-based gateway: waits for {@link #PLACEMENT_PUBLISHED_MESSAGE} or {@link #PLACEMENT_RERUN_REQUESTED_MESSAGE}. */
    public static final String PLACEMENT_REVIEW_ELEMENT = "placement-review";
    /** Event-based gateway: waits for {@link #OFFERS_ANSWERED_MESSAGE} or the offer answer deadline. */
    public static final String OFFER_ANSWERS_ELEMENT = "offer-answers";
    /** Embedded subprocess of the vacancy loop, interrupted at the vacancy closing date. */
    public static final String FILL_VACANCIES_ELEMENT = "fill-vacancies";

    private AdmissionRoundModel() {
    }
}
