package fi.kanslia.placement;

/**
 * Where one applicant was placed.
 *
 * @param preferenceRank the applicant's rank of the programme, 1 for their first choice
 */
public record Placement(
        String applicantId, String programmeId, int preferenceRank, int priorityClass, Score score, SeatType seat) {
}
