package fi.kanslia.processes;

/** The names by which the application evaluates the priority of secondary applications. */
public final class SecondaryPriorityModel {

    /** The DMN decision, evaluated standalone by the application. */
    public static final String DECISION_ID = "secondary-application-priority";

    /** Classpath location of the decision model. */
    public static final String DMN_RESOURCE = "processes/secondary-application-priority.dmn";

    public static final String INPUT_SIBLING = "siblingAtSchool";
    public static final String INPUT_SPECIAL_REASONS = "specialReasons";
    public static final String INPUT_NEARBY = "nearby";
    public static final String INPUT_LANGUAGE_MATCHES = "languageMatches";

    /** Output: 1 first; within a group the earlier application first. */
    public static final String OUTPUT_PRIORITY_GROUP = "priorityGroup";

    private SecondaryPriorityModel() {
    }
}
