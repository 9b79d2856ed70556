package fi.kanslia.placement;

import java.util.Objects;

/**
 * One programme an applicant ranked, with what the programme's criteria (DMN, upstream) computed for
 * this applicant. The programme ranks its applicants by higher {@code priorityClass} first, then
 * higher {@code score}, then lower lottery number.
 *
 * @param programmeId      the programme ranked
 * @param priorityClass    the criteria's class, e.g. 1 for a sibling at the school, 0 otherwise; {@code >= 0}
 * @param score            the exact points, e.g. an aptitude test result
 * @param reservedEligible whether the applicant belongs to the category the programme reserves seats for
 */
public record Preference(String programmeId, int priorityClass, Score score, boolean reservedEligible) {

    public Preference {
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(score, "score");
    }

    public static Preference of(String programmeId, int priorityClass, Score score) {
        return new Preference(programmeId, priorityClass, score, false);
    }
}
