package fi.kanslia.placement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What changed between two runs of a round, for the officials' dry run: who moves where, and how
 * each programme's lowest accepted class and score and its filled seats changed. Run both with the
 * same seed, so that only the officials' changes (capacities, quotas, criteria) make a difference.
 *
 * @param moves    applicants whose placement differs, in the current round's applicant order, then
 *                 applicants only in the previous round
 * @param cutoffs  programmes whose lowest accepted class and score or filled seats differ, in the
 *                 current round's programme order, then programmes only in the previous round
 */
public record PlacementDiff(List<Move> moves, List<CutoffChange> cutoffs) {

    public PlacementDiff {
        moves = List.copyOf(moves);
        cutoffs = List.copyOf(cutoffs);
    }

    /**
     * One applicant's change; an empty {@code from} or {@code to} means not placed (or not in that run).
     */
    public record Move(String applicantId, Optional<String> from, Optional<String> to) {
    }

    /** One programme's change; empty cutoffs mean nobody admitted (or not in that run). */
    public record CutoffChange(
            String programmeId, Optional<Cutoff> before, Optional<Cutoff> after, int filledBefore, int filledAfter) {
    }

    public static PlacementDiff between(PlacementResult previous, PlacementResult current) {
        return new PlacementDiff(moves(previous, current), cutoffs(previous, current));
    }

    public boolean isEmpty() {
        return moves.isEmpty() && cutoffs.isEmpty();
    }

    private static List<Move> moves(PlacementResult previous, PlacementResult current) {
        var ids = new LinkedHashSet<String>();
        ids.addAll(current.round().applicantIds());
        ids.addAll(previous.round().applicantIds());
        var moves = new ArrayList<Move>();
        for (var id : ids) {
            var from = programmeOf(previous, id);
            var to = programmeOf(current, id);
            if (!from.equals(to)) {
                moves.add(new Move(id, from, to));
            }
        }
        return moves;
    }

    private static Optional<String> programmeOf(PlacementResult result, String applicantId) {
        if (result.round().indexOfApplicant(applicantId) < 0) {
            return Optional.empty();
        }
        return result.placementOf(applicantId).map(Placement::programmeId);
    }

    private static List<CutoffChange> cutoffs(PlacementResult previous, PlacementResult current) {
        var ids = new LinkedHashSet<String>();
        current.round().programmes().forEach(programme -> ids.add(programme.id()));
        previous.round().programmes().forEach(programme -> ids.add(programme.id()));
        var changes = new ArrayList<CutoffChange>();
        for (var id : ids) {
            var before = outcomeOf(previous, id);
            var after = outcomeOf(current, id);
            var cutoffBefore = before.flatMap(ProgrammeOutcome::lowestAccepted);
            var cutoffAfter = after.flatMap(ProgrammeOutcome::lowestAccepted);
            int filledBefore = before.map(ProgrammeOutcome::filled).orElse(0);
            int filledAfter = after.map(ProgrammeOutcome::filled).orElse(0);
            if (!sameClassAndScore(cutoffBefore, cutoffAfter) || filledBefore != filledAfter) {
                changes.add(new CutoffChange(id, cutoffBefore, cutoffAfter, filledBefore, filledAfter));
            }
        }
        return changes;
    }

    private static Optional<ProgrammeOutcome> outcomeOf(PlacementResult result, String programmeId) {
        if (result.round().indexOfProgramme(programmeId) < 0) {
            return Optional.empty();
        }
        return Optional.of(result.programme(programmeId));
    }

    private static boolean sameClassAndScore(Optional<Cutoff> before, Optional<Cutoff> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.isEmpty() && after.isEmpty();
        }
        return before.get().sameClassAndScore(after.get());
    }
}
