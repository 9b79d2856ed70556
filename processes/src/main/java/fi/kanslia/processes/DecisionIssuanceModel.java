package fi.kanslia.processes;

import java.util.List;

/**
 * The names by which the application talks to the decision-issuance process (processes/decision-issuance.bpmn):
 * one instance per decision taken outside a case process of its own (the mass decisions of an admission round),
 * correlated by the case id. It runs the shared decision steps of the other processes.
 */
public final class DecisionIssuanceModel {

    /** The BPMN process id. */
    public static final String PROCESS_ID = "decision-issuance";

    /** Classpath location of the process model. */
    public static final String BPMN_RESOURCE = "processes/decision-issuance.bpmn";

    /**
     * Starts the process; correlation key the case id, message id decision-taken:&lt;caseId&gt;, carrying
     * {@link #CASE_ID_VARIABLE}, {@link #MUNICIPALITY_VARIABLE} and {@link #CASE_NUMBER_VARIABLE}.
     */
    public static final String START_MESSAGE = "decision-taken";

    public static final String CASE_ID_VARIABLE = "caseId";
    public static final String MUNICIPALITY_VARIABLE = "municipality";
    public static final String CASE_NUMBER_VARIABLE = "caseNumber";

    /** The job types (= service task ids), in the order the process runs them. */
    public static final List<String> JOB_TYPES =
            List.of("issue-decision", "sign-decision", "notify-guardian", "archive-decision");

    private DecisionIssuanceModel() {
    }
}
