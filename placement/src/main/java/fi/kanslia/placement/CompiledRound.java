package fi.kanslia.placement;

import java.util.List;

/**
 * A round flattened into primitive arrays for the algorithm. Preferences are numbered 0..P-1 in
 * applicant order; applicant {@code a}'s preferences are {@code prefStart[a] .. prefStart[a+1]-1},
 * most wanted first. A preference number is also the handle of "applicant a at programme p" in the
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

    private CompiledRound(PlacementRound round, int preferenceCount, int[] lottery) {
        this.round = round;
        this.applicantCount = round.applicants().size();
        this.programmeCount = round.programmes().size();
        this.prefStart = new int[applicantCount + 1];
        this.prefOwner = new int[preferenceCount];
        this.prefProgramme = round.preferenceProgrammes();
        this.prefClass = new int[preferenceCount];
        this.prefScore = new long[preferenceCount];
        this.prefEligible = new boolean[preferenceCount];
        this.capacity = new int[programmeCount];
        this.reserved = new int[programmeCount];
        this.lottery = lottery;
        flatten();
        int[] standings = Standings.of(prefClass, prefScore);
        this.standing = standings;
        this.standingCount = standings[preferenceCount];
    }

    static CompiledRound of(PlacementRound round, Lottery lottery) {
        int preferenceCount = 0;
        for (var applicant : round.applicants()) {
            preferenceCount += applicant.preferences().size();
        }
        return new CompiledRound(round, preferenceCount, lottery.numbers());
    }

    private void flatten() {
        for (int p = 0; p < programmeCount; p++) {
            var programme = round.programmes().get(p);
            capacity[p] = programme.capacity();
            reserved[p] = programme.reservedSeats();
        }
        List<Applicant> applicants = round.applicants();
        int k = 0;
        for (int a = 0; a < applicantCount; a++) {
            prefStart[a] = k;
            for (var preference : applicants.get(a).preferences()) {
                prefOwner[k] = a;
                prefClass[k] = preference.priorityClass();
                prefScore[k] = preference.score().thousandths();
                prefEligible[k] = preference.reservedEligible();
                k++;
            }
        }
        prefStart[applicantCount] = k;
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
        return round.applicants().get(applicant).id();
    }

    String programmeId(int programme) {
        return round.programmes().get(programme).id();
    }

    Score score(int pref) {
        return new Score(prefScore[pref]);
    }
}
