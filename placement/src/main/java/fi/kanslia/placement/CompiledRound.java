package fi.kanslia.placement;

import java.util.Arrays;

/**
 * A round's columns as the algorithm reads them (shared, not copied), plus what it derives: the owner
 * of each preference, capacities, standings. Preferences are numbered 0..P-1 in applicant order;
 * applicant {@code a}'s preferences are {@code prefStart[a] .. prefStart[a+1]-1}, most wanted first. A preference number is also the handle of "applicant a at programme p" in the
 * programme's seat heaps and waiting list.
 */
final class CompiledRound {

    final PlacementRound round;
    final int applicantCount;
    final int programmeCount;
    final int[] prefStart;
    final int[] prefOwner;
    final int[] prefProgramme;
    final int[] prefClass;
    final long[] prefScore;
    final boolean[] prefEligible;
    final int[] capacity;
    final int[] reserved;
    final int[] lottery;
    /** Per preference: the standing of its (class, score) pair, 0 best; see {@link Standings}. */
    final int[] standing;
    final int standingCount;

    private CompiledRound(PlacementRound round, int[] lottery) {
        var columns = round.columns();
        this.round = round;
        this.applicantCount = columns.applicantCount;
        this.programmeCount = columns.programmes.size();
        this.prefStart = columns.prefStart;
        this.prefProgramme = columns.prefProgramme;
        this.prefClass = columns.prefClass;
        this.prefScore = columns.prefScore;
        this.prefEligible = columns.prefEligible;
        this.prefOwner = new int[columns.prefCount];
        for (int a = 0; a < applicantCount; a++) {
            Arrays.fill(prefOwner, prefStart[a], prefStart[a + 1], a);
        }
        this.capacity = new int[programmeCount];
        this.reserved = new int[programmeCount];
        for (int p = 0; p < programmeCount; p++) {
            var programme = columns.programmes.get(p);
            capacity[p] = programme.capacity();
            reserved[p] = programme.reservedSeats();
        }
        this.lottery = lottery;
        int[] standings = Standings.of(prefClass, prefScore);
        this.standing = standings;
        this.standingCount = standings[columns.prefCount];
    }

    static CompiledRound of(PlacementRound round, Lottery lottery) {
        return new CompiledRound(round, lottery.numbers());
    }

    int preferenceCount() {
        return prefOwner.length;
    }

    /**
     * The programme's ranking of two preferences at the same programme: negative when {@code i} ranks
     * first. Higher priority class first, then higher score, then lower lottery number.
     */
    int compare(int i, int j) {
        if (standing[i] != standing[j]) {
            return standing[i] < standing[j] ? -1 : 1;
        }
        return Integer.compare(lottery[prefOwner[i]], lottery[prefOwner[j]]);
    }

    /** Whether only the lottery orders the two preferences: same class and score. */
    boolean tied(int i, int j) {
        return standing[i] == standing[j];
    }

    /** The applicant's rank of the programme, 1 for their first choice. */
    int rankOf(int pref) {
        return pref - prefStart[prefOwner[pref]] + 1;
    }

    String applicantId(int applicant) {
        return round.applicantId(applicant);
    }

    String programmeId(int programme) {
        return round.programmes().get(programme).id();
    }

    Score score(int pref) {
        return new Score(prefScore[pref]);
    }
}
