package fi.kanslia.processes;

/**
 * The names by which the application talks to the school-place application process and its decision.
 * The job types are owned by the worker classes, one constant each, and equal the service tasks' ids.
 */
public final class SchoolPlaceApplicationModel {

    /** The BPMN process id; start an instance with {@code caseId}, {@code municipality}, {@code caseNumber}, {@code siblingAtSchool}. */
    public static final String PROCESS_ID = "school-place-application";

    /** The DMN decision evaluated by the business rule task {@code recommend-placement}. */
    public static final String DECISION_ID = "school-place-recommendation";

    /** The message that ends the wait at {@code await-official-decision}; correlation key: the case id. */
    public static final String OFFICIAL_DECISION_MESSAGE = "official-decision-made";
    /** The message that starts the process; correlation key the case id, message id application-submitted:&lt;caseId&gt;. */
    public static final String START_MESSAGE = "application-submitted";
    /** Message of a guardian's withdrawal before the decision, correlated by {@code caseId}. */
    public static final String WITHDRAWAL_MESSAGE = "application-withdrawn";

    /** The one variable the process takes from {@link #OFFICIAL_DECISION_MESSAGE}. */
    public static final String OUTCOME_VARIABLE = "outcome";

    /** Values of {@link #OUTCOME_VARIABLE}; any other value raises an incident at {@code official-outcome}. */
    public static final String OUTCOME_APPROVED = "APPROVED";

    public static final String OUTCOME_REJECTED = "REJECTED";

    /** Classpath location of the process model. */
    public static final String BPMN_RESOURCE = "processes/school-place-application.bpmn";

    /** Classpath location of the decision model. */
    public static final String DMN_RESOURCE = "processes/school-place-recommendation.dmn";

    private SchoolPlaceApplicationModel() {
    }
}
