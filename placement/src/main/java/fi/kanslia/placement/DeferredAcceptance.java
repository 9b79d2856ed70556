package fi.kanslia.placement;

/**
 * Student-proposing deferred acceptance (Gale and Shapley 1962) with seat reserves and a seeded
 * lottery: it finds the stable matching every applicant likes at least as well as any other stable
 * matching.
 *
 * <h2>Ranking</h2>
 * A programme ranks the applicants who ranked it by higher priority class, then higher score, then
 * lower lottery number ({@link Lottery}). The lottery makes the ranking strict, so the result is
 * unique: it does not depend on the order applicants or programmes are listed in.
 *
 * <h2>Quota rule (reserved seats)</h2>
 * A programme with capacity {@code c} that reserves {@code r} seats chooses from any set of
 * applicants as follows:
 * <ol>
 *   <li>Reserved seats first: the best {@code min(r, eligible)} applicants eligible for the reserve
 *       take the reserved seats.</li>
 *   <li>General seats: all the others, eligible or not, compete by the same ranking for the
 *       remaining {@code c - (reserved seats taken)} seats. An eligible applicant who did not make the
 *       reserve still competes here, and reserved seats nobody eligible wants are released to the
 *       general pool.</li>
 * </ol>
 * This choice is substitutable and takes {@code min(c, applicants)} (the law of aggregate demand),
 * so deferred acceptance gives a stable matching that is applicant-optimal among the stable matchings
 * (Hatfield and Milgrom 2005; reserve design of this kind: Hafalir, Yenmez and Yildirim 2013).
 * Stable here means: nobody is placed in a programme they did not rank, no programme is over capacity,
 * and no applicant {@code a} prefers a programme {@code p} to their placement while {@code p}'s choice
 * from its admitted applicants plus {@code a} would include {@code a}. In particular a programme with
 * an empty seat (reserved or not) was wanted by nobody placed lower or left out.
 *
 * <h2>Algorithm and cost</h2>
 * Every applicant proposes to their most wanted programme not yet rejecting them; each programme
 * keeps its choice among the holders and the proposer and rejects the rest, who propose on. Each
 * programme holds two heaps (reserved and general holders, worst on top), so a proposal costs
 * O(log capacity), and each preference is proposed to at most once: O(P log c) for P preferences in
 * total, all on primitive arrays. Waiting lists then take one sort of the rejected preferences.
 */
public final class DeferredAcceptance {

    private DeferredAcceptance() {
    }

    /** Places the round with the given lottery seed. The same round and seed always give the same result. */
    public static PlacementResult place(PlacementRound round, long seed) {
        var lottery = Lottery.draw(seed, round);
        var compiled = CompiledRound.of(round, lottery);
        var seats = new Seats(compiled);
        propose(compiled, seats);
        return new PlacementResult(round, lottery, Matching.of(compiled, seats));
    }

    private static void propose(CompiledRound round, Seats seats) {
        int applicants = round.applicantCount;
        int[] free = new int[applicants];
        int freeCount = 0;
        int[] next = new int[applicants];
        for (int a = applicants - 1; a >= 0; a--) {
            next[a] = round.prefStart[a];
            free[freeCount++] = a;
        }
        while (freeCount > 0) {
            int a = free[--freeCount];
            int pref = next[a];
            if (pref == round.prefStart[a + 1]) {
                continue; // rejected everywhere they ranked
            }
            int rejected = seats.propose(pref);
            if (rejected >= 0) {
                int loser = round.prefOwner[rejected];
                next[loser] = rejected + 1;
                free[freeCount++] = loser;
            }
        }
    }
}
