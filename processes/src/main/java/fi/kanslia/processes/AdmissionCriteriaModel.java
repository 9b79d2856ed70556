package fi.kanslia.processes;

import java.util.List;

/**
 * The names by which the application evaluates the decision admission-criteria (processes/admission-criteria.dmn):
 * how a programme of emphasised teaching ranks an applicant. The application evaluates it standalone, once per
 * applicant and programme, when it builds a placement round; no process calls it, so aptitude scores never become
 * process variables.
 */
public final class AdmissionCriteriaModel {

    /** The DMN decision id. */
    public static final String DECISION_ID = "admission-criteria";

    /** Classpath location of the decision model. */
    public static final String DMN_RESOURCE = "processes/admission-criteria.dmn";

    // Inputs

    /** String, one of {@link #PROGRAMME_TYPES}. */
    public static final String PROGRAMME_TYPE_INPUT = "programmeType";
    /** Number: the applicant's aptitude test score in points. */
    public static final String APTITUDE_SCORE_INPUT = "aptitudeScore";
    /** Boolean: a sibling attends the programme. */
    public static final String SIBLING_IN_PROGRAMME_INPUT = "siblingInProgramme";
    /** Boolean: the programme is taught at the applicant's neighbourhood school. */
    public static final String NEIGHBOURHOOD_SCHOOL_INPUT = "neighbourhoodSchool";

    /** The programme types the rules know; any other type matches no rule. */
    public static final List<String> PROGRAMME_TYPES = List.of("MUSIC", "SPORTS", "LANGUAGE", "SCIENCE");

    // Outputs

    /** Boolean: the applicant reached the programme type's minimum score. */
    public static final String ELIGIBLE_OUTPUT = "eligible";
    /** Number 1 to {@link #LOWEST_PRIORITY_GROUP} for an eligible applicant, lower first; null when not eligible. */
    public static final String PRIORITY_GROUP_OUTPUT = "priorityGroup";

    /**
     * The highest group number the rules give. The placement module ranks a higher {@code priorityClass} first, so
     * the application passes {@code priorityClass = LOWEST_PRIORITY_GROUP - priorityGroup} (group 1 becomes the
     * highest class, the lowest group class 0).
     */
    public static final int LOWEST_PRIORITY_GROUP = 3;

    private AdmissionCriteriaModel() {
    }
}
