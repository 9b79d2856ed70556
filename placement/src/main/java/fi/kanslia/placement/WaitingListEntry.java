package fi.kanslia.placement;

/**
 * An applicant's place on a programme's waiting list, ordered by the programme's ranking (priority
 * class, score, lottery number).
 *
 * @param position         1 for the first on the list
 * @param preferenceRank   the applicant's rank of this programme
 * @param reservedEligible whether the applicant is eligible for the programme's reserved seats
 * @param lotteryDecided   whether the lottery alone kept them out: an admitted applicant competing
 *                         for the same seats has the same class and score
 */
public record WaitingListEntry(
        String applicantId,
        String programmeId,
        int position,
        int preferenceRank,
        int priorityClass,
        Score score,
        int lotteryNumber,
        boolean reservedEligible,
        boolean lotteryDecided) {
}
