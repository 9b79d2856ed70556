package fi.kanslia.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The outcome of one placement run: where everyone was placed, each programme's seats and cutoffs,
 * the waiting lists, the lottery (seed and every number, for audit) and the reasoning of each decision.
 * Views are built on request from compact arrays, so a national round stays small in memory.
 */
public final class PlacementResult {

    private final PlacementRound round;
    private final Lottery lottery;
    private final Matching matching;
    private final CompiledRound compiled;

    PlacementResult(PlacementRound round, Lottery lottery, Matching matching) {
        this.round = round;
        this.lottery = lottery;
        this.matching = matching;
        this.compiled = matching.round;
    }

    public PlacementRound round() {
        return round;
    }

    /** The seed the lottery was drawn with: with the same round it reproduces this result exactly. */
    public long seed() {
        return lottery.seed();
    }

    public Lottery lottery() {
        return lottery;
    }

    public Optional<Placement> placementOf(String applicantId) {
        int pref = matching.placedPref[applicant(applicantId)];
        return pref == Matching.NONE ? Optional.empty() : Optional.of(placement(pref));
    }

    /** Every placed applicant, in the round's applicant order. */
    public List<Placement> placements() {
        var placements = new ArrayList<Placement>();
        for (int pref : matching.placedPref) {
            if (pref != Matching.NONE) {
                placements.add(placement(pref));
            }
        }
        return placements;
    }

    public int placedCount() {
        int placed = 0;
        for (int pref : matching.placedPref) {
            placed += pref == Matching.NONE ? 0 : 1;
        }
        return placed;
    }

    public ProgrammeOutcome programme(String programmeId) {
        return outcome(programme(programmeId, round));
    }

    /** Every programme, in the round's programme order. */
    public List<ProgrammeOutcome> programmes() {
        var outcomes = new ArrayList<ProgrammeOutcome>(compiled.programmeCount);
        for (int p = 0; p < compiled.programmeCount; p++) {
            outcomes.add(outcome(p));
        }
        return outcomes;
    }

    /** The programme's waiting list, first position first. */
    public List<WaitingListEntry> waitingList(String programmeId) {
        int p = programme(programmeId, round);
        var entries = new ArrayList<WaitingListEntry>();
        for (int i = matching.waitingStart[p]; i < matching.waitingStart[p + 1]; i++) {
            entries.add(waitingEntry(matching.waitingOrder[i]));
        }
        return entries;
    }

    /** The applicant's waiting-list places, in their order of preference. */
    public List<WaitingListEntry> waitingPlacesOf(String applicantId) {
        int a = applicant(applicantId);
        var entries = new ArrayList<WaitingListEntry>();
        for (int k = compiled.prefStart[a]; k < compiled.prefStart[a + 1]; k++) {
            if (matching.waitingPosition[k] > 0) {
                entries.add(waitingEntry(k));
            }
        }
        return entries;
    }

    /** The reasoning of every decision about the applicant, in their order of preference. */
    public List<Explanation> explain(String applicantId) {
        int a = applicant(applicantId);
        var explanations = new ArrayList<Explanation>();
        for (int k = compiled.prefStart[a]; k < compiled.prefStart[a + 1]; k++) {
            if (matching.waitingPosition[k] > 0) {
                explanations.add(waitingExplanation(k));
            } else if (matching.placedPref[a] == k) {
                explanations.add(admissionExplanation(k));
            }
        }
        return explanations;
    }

    private Explanation.Admission admissionExplanation(int pref) {
        int a = compiled.prefOwner[pref];
        int p = compiled.prefProgramme[pref];
        boolean reserved = matching.reservedSeat[a];
        int bestWaiting = reserved ? matching.bestEligibleWaiting[p] : matching.bestWaiting[p];
        boolean lotteryDecided = bestWaiting != Matching.NONE && compiled.tied(pref, bestWaiting);
        return new Explanation.Admission(compiled.applicantId(a), compiled.programmeId(p), compiled.rankOf(pref),
                compiled.prefClass[pref], compiled.score(pref), reserved ? SeatType.RESERVED : SeatType.GENERAL,
                reserved ? lowestReserved(p) : lowestGeneral(p),
                lotteryDecided ? OptionalInt.of(compiled.lottery[a]) : OptionalInt.empty());
    }

    private Explanation.WaitingListPlace waitingExplanation(int pref) {
        int a = compiled.prefOwner[pref];
        int p = compiled.prefProgramme[pref];
        var outcome = outcome(p);
        var lowest = compiled.prefEligible[pref] ? outcome.lowestAccepted() : outcome.lowestGeneral();
        return new Explanation.WaitingListPlace(compiled.applicantId(a), compiled.programmeId(p),
                compiled.rankOf(pref), compiled.prefClass[pref], compiled.score(pref),
                matching.waitingPosition[pref], lowest,
                waitingLotteryDecided(pref) ? OptionalInt.of(compiled.lottery[a]) : OptionalInt.empty());
    }

    private WaitingListEntry waitingEntry(int pref) {
        int a = compiled.prefOwner[pref];
        return new WaitingListEntry(compiled.applicantId(a), compiled.programmeId(compiled.prefProgramme[pref]),
                matching.waitingPosition[pref], compiled.rankOf(pref), compiled.prefClass[pref],
                compiled.score(pref), compiled.lottery[a], compiled.prefEligible[pref], waitingLotteryDecided(pref));
    }

    /** A waiting applicant lost only by lottery when an admitted competitor for the same seats tied them. */
    private boolean waitingLotteryDecided(int pref) {
        int p = compiled.prefProgramme[pref];
        int general = matching.worstGeneral[p];
        int reserved = matching.worstReserved[p];
        return (general != Matching.NONE && compiled.tied(pref, general))
                || (compiled.prefEligible[pref] && reserved != Matching.NONE && compiled.tied(pref, reserved));
    }

    private ProgrammeOutcome outcome(int p) {
        int general = matching.generalFilled[p];
        int reserved = matching.reservedFilled[p];
        return new ProgrammeOutcome(compiled.programmeId(p), compiled.capacity[p], compiled.reserved[p],
                general + reserved, reserved, lowestGeneral(p), lowestReserved(p),
                matching.waitingStart[p + 1] - matching.waitingStart[p]);
    }

    private Optional<Cutoff> lowestGeneral(int p) {
        return cutoff(matching.worstGeneral[p], matching.bestWaiting[p]);
    }

    private Optional<Cutoff> lowestReserved(int p) {
        return cutoff(matching.worstReserved[p], matching.bestEligibleWaiting[p]);
    }

    private Optional<Cutoff> cutoff(int lowest, int bestWaiting) {
        if (lowest == Matching.NONE) {
            return Optional.empty();
        }
        boolean lotteryDecided = bestWaiting != Matching.NONE && compiled.tied(lowest, bestWaiting);
        var lotteryNumber = lotteryDecided ? OptionalInt.of(compiled.lottery[compiled.prefOwner[lowest]]) : OptionalInt.empty();
        return Optional.of(new Cutoff(compiled.prefClass[lowest], compiled.score(lowest), lotteryNumber));
    }

    private Placement placement(int pref) {
        int a = compiled.prefOwner[pref];
        return new Placement(compiled.applicantId(a), compiled.programmeId(compiled.prefProgramme[pref]),
                compiled.rankOf(pref), compiled.prefClass[pref], compiled.score(pref),
                matching.reservedSeat[a] ? SeatType.RESERVED : SeatType.GENERAL);
    }

    private static int programme(String programmeId, PlacementRound round) {
        int p = round.indexOfProgramme(programmeId);
        if (p < 0) {
            throw new IllegalArgumentException("unknown programme " + programmeId);
        }
        return p;
    }

    private int applicant(String applicantId) {
        int a = round.indexOfApplicant(applicantId);
        if (a < 0) {
            throw new IllegalArgumentException("unknown applicant " + applicantId);
        }
        return a;
    }
}
