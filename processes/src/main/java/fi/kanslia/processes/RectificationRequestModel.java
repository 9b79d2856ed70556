package fi.kanslia.processes;

/**
 * The names by which the application talks to the rectification-request process. The job types
 * ({@code forward-rectification-request}, {@code amend-original-decision}) are owned by the worker classes,
 * one constant each, and equal the service tasks' ids.
 */
public final class RectificationRequestModel {

    /** The BPMN process id; started with {@code requestId}, {@code caseId}, {@code municipality}, {@code caseNumber}. */
    public static final String PROCESS_ID = "rectification-request";

    /** The message that starts the process; correlation key the request id, message id rectification-requested:&lt;requestId&gt;. */
    public static final String START_MESSAGE = "rectification-requested";

    /**
     * The message that ends the wait at {@code await-rectification-outcome}; correlation key: the request id.
     * The process takes only the variable {@code outcome} from it.
     */
    public static final String OUTCOME_MESSAGE = "rectification-decided";

    /** Values of {@code outcome}; any other value raises an incident at {@code rectification-outcome}. */
    public static final String OUTCOME_GRANTED = "GRANTED";

    public static final String OUTCOME_DENIED = "DENIED";

    /** Classpath location of the process model. */
    public static final String BPMN_RESOURCE = "processes/rectification-request.bpmn";

    private RectificationRequestModel() {
    }
}
