package fi.kanslia.processes;

/**
 * The names by which the application talks to the school-place-cohort process (processes/school-place-cohort.bpmn):
 * one instance per neighbourhood-school assignment run for an age cohort, correlated by the run id. Every job type
 * equals its service task's id. The process waits only for its dates; the guardians' answers are recorded by the
 * application, and a secondary application is a school-place-application instance of its own.
 */
public final class SchoolPlaceCohortModel {

    /** The BPMN process id. */
    public static final String PROCESS_ID = "school-place-cohort";

    /** Classpath location of the process model. */
    public static final String BPMN_RESOURCE = "processes/school-place-cohort.bpmn";

    /**
     * Starts the process; correlation key the run id, message id cohort-assignment-scheduled:&lt;runId&gt;, carrying
     * {@link #RUN_ID_VARIABLE}, {@link #MUNICIPALITY_VARIABLE}, {@link #COHORT_YEAR_VARIABLE} and the two dates.
     */
    public static final String START_MESSAGE = "cohort-assignment-scheduled";

    // Variables set at the start (dates: ISO-8601 date-times with offset, e.g. 2027-01-20T08:00:00+02:00)

    public static final String RUN_ID_VARIABLE = "runId";
    public static final String MUNICIPALITY_VARIABLE = "municipality";
    /** Number: the year the cohort starts school. */
    public static final String COHORT_YEAR_VARIABLE = "cohortYear";
    public static final String ASSIGNMENT_DATE_VARIABLE = "assignmentDate";
    public static final String ACCEPTANCE_DEADLINE_VARIABLE = "acceptanceDeadline";

    /** Output of assign-neighbourhood-schools: the number of children assigned; 0 ends the run without decisions. */
    public static final String CHILD_COUNT_VARIABLE = "childCount";

    // Job types (= service task ids), in the order the process runs them

    public static final String ASSIGN_NEIGHBOURHOOD_SCHOOLS_JOB = "assign-neighbourhood-schools";
    public static final String ISSUE_NEIGHBOURHOOD_DECISIONS_JOB = "issue-neighbourhood-decisions";
    public static final String RECORD_COHORT_RESPONSES_JOB = "record-cohort-responses";

    private SchoolPlaceCohortModel() {
    }
}
