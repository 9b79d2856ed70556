package fi.kanslia.processes;

/** The names by which the application evaluates the priority of secondary applications. */
public final class SecondaryPriorityModel {

    /** The DMN decision, evaluated standalone by the application. */
    public static final String DECISION_ID = "secondary-application-priority";

    /** Classpath location of the decision model. */
    public static final String DMN_RESOURCE = "processes/secondary-application-priority.dmn";

    public static final String INPUT_SIBLING = "siblingAtSchool";
    public static final String INPUT_SPECIAL_REASONS = "specialReasons";
    /**
     * The length of the school journey from the child's home to the requested school in whole
     * metres (a number); null or left out when it is not known: an unknown journey is never short.
     */
    public static final String INPUT_DISTANCE_METRES = "distanceMetres";
    public static final String INPUT_LANGUAGE_MATCHES = "languageMatches";

    /**
     * Output: 1 first; within a group the shorter school journey first, an unknown journey after the
     * known ones, then the earlier application.
     */
    public static final String OUTPUT_PRIORITY_GROUP = "priorityGroup";

    private SecondaryPriorityModel() {
    }
}
