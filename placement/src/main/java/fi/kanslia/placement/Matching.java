package fi.kanslia.placement;

import java.util.Arrays;

/**
 * The outcome of deferred acceptance in primitive arrays: who holds which seat, each programme's
 * cutoffs, and the waiting lists. {@link PlacementResult} is the public view of it.
 */
final class Matching {

    static final int NONE = -1;

    final CompiledRound round;
    /** Per applicant: the preference they were placed by, or -1. */
    final int[] placedPref;
    /** Per applicant: whether they hold a reserved seat. */
    final boolean[] reservedSeat;
    final int[] generalFilled;
    final int[] reservedFilled;
    /** Per programme: the worst general / reserved holder's preference, or -1. */
    final int[] worstGeneral;
    final int[] worstReserved;
    /** Waiting lists: programme p's entries are waitingOrder[waitingStart[p] .. waitingStart[p+1]), best first. */
    final int[] waitingStart;
    final int[] waitingOrder;
    /** Per preference: 1-based waiting-list position, or 0 if the preference is not on a waiting list. */
    final int[] waitingPosition;
    /** Per programme: the best waiting preference overall / among the reserve-eligible, or -1. */
    final int[] bestWaiting;
    final int[] bestEligibleWaiting;

    private Matching(CompiledRound round, Seats seats) {
        this.round = round;
        int applicants = round.applicantCount;
        int programmes = round.programmeCount;
        placedPref = new int[applicants];
        reservedSeat = new boolean[applicants];
        generalFilled = new int[programmes];
        reservedFilled = new int[programmes];
        worstGeneral = new int[programmes];
        worstReserved = new int[programmes];
        waitingStart = new int[programmes + 1];
        waitingPosition = new int[round.preferenceCount()];
        bestWaiting = new int[programmes];
        bestEligibleWaiting = new int[programmes];
        Arrays.fill(placedPref, NONE);
        takeSeats(seats);
        waitingOrder = buildWaitingLists();
    }

    static Matching of(CompiledRound round, Seats seats) {
        return new Matching(round, seats);
    }

    private void takeSeats(Seats seats) {
        for (int p = 0; p < round.programmeCount; p++) {
            generalFilled[p] = seats.generalCount(p);
            reservedFilled[p] = seats.reservedCount(p);
            worstGeneral[p] = seats.worstGeneral(p);
            worstReserved[p] = seats.worstReserved(p);
            for (int i = 0; i < generalFilled[p]; i++) {
                placedPref[round.prefOwner[seats.general(p, i)]] = seats.general(p, i);
            }
            for (int i = 0; i < reservedFilled[p]; i++) {
                int pref = seats.reserved(p, i);
                placedPref[round.prefOwner[pref]] = pref;
                reservedSeat[round.prefOwner[pref]] = true;
            }
        }
    }

    /**
     * Each applicant waits in every programme they ranked above their placement (all, if not placed),
     * ordered by the programme's ranking. Because every programme ranks by (standing, lottery number),
     * three linear passes sort all lists at once: collect in lottery order, then stable counting sorts
     * by standing and by programme.
     */
    private int[] buildWaitingLists() {
        int[] byLottery = new int[round.applicantCount];
        for (int a = 0; a < round.applicantCount; a++) {
            byLottery[round.lottery[a] - 1] = a;
        }
        int total = 0;
        for (int a = 0; a < round.applicantCount; a++) {
            total += waitingEnd(a) - round.prefStart[a];
        }
        int[] inLotteryOrder = new int[total];
        int filled = 0;
        for (int a : byLottery) {
            for (int k = round.prefStart[a]; k < waitingEnd(a); k++) {
                inLotteryOrder[filled++] = k;
            }
        }
        int[] byStanding = new int[total];
        countingSort(inLotteryOrder, byStanding, round.standing, round.standingCount);
        int[] order = new int[total];
        int[] starts = countingSort(byStanding, order, round.prefProgramme, round.programmeCount);
        System.arraycopy(starts, 0, waitingStart, 0, starts.length);
        for (int p = 0; p < round.programmeCount; p++) {
            bestWaiting[p] = NONE;
            bestEligibleWaiting[p] = NONE;
            for (int i = waitingStart[p]; i < waitingStart[p + 1]; i++) {
                int pref = order[i];
                waitingPosition[pref] = i - waitingStart[p] + 1;
                if (bestWaiting[p] == NONE) {
                    bestWaiting[p] = pref;
                }
                if (bestEligibleWaiting[p] == NONE && round.prefEligible[pref]) {
                    bestEligibleWaiting[p] = pref;
                }
            }
        }
        return order;
    }

    /** Stable counting sort of preferences by {@code key[pref]} in 0..keys-1; returns the bucket starts. */
    private static int[] countingSort(int[] in, int[] out, int[] key, int keys) {
        int[] starts = new int[keys + 1];
        for (int pref : in) {
            starts[key[pref] + 1]++;
        }
        for (int i = 0; i < keys; i++) {
            starts[i + 1] += starts[i];
        }
        int[] fill = Arrays.copyOf(starts, keys);
        for (int pref : in) {
            out[fill[key[pref]]++] = pref;
        }
        return starts;
    }

    private int waitingEnd(int applicant) {
        int placed = placedPref[applicant];
        return placed == NONE ? round.prefStart[applicant + 1] : placed;
    }
}
