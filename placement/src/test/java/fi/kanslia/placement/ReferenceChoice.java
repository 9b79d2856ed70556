package fi.kanslia.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The documented quota rule written as plainly as possible, independent of the heaps in
 * {@link Seats}, and the stability definition built on it. Property tests judge the algorithm by it.
 */
final class ReferenceChoice {

    private final PlacementRound round;
    private final Lottery lottery;

    ReferenceChoice(PlacementRound round, Lottery lottery) {
        this.round = round;
        this.lottery = lottery;
    }

    /** What the applicant asked of the programme, or empty if they did not rank it. */
    Optional<Preference> preference(String applicantId, String programmeId) {
        return applicant(applicantId).preferences().stream()
                .filter(preference -> preference.programmeId().equals(programmeId)).findFirst();
    }

    /** 1-based rank, or {@code Integer.MAX_VALUE} for "not ranked" and for "not placed". */
    int rank(String applicantId, Optional<String> programmeId) {
        var preferences = applicant(applicantId).preferences();
        for (int i = 0; i < preferences.size(); i++) {
            if (programmeId.isPresent() && preferences.get(i).programmeId().equals(programmeId.get())) {
                return i + 1;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The programme's ranking: higher class, higher score, lower lottery number. */
    Comparator<String> ranking(String programmeId) {
        return Comparator.<String>comparingInt(id -> -preference(id, programmeId).orElseThrow().priorityClass())
                .thenComparing(id -> preference(id, programmeId).orElseThrow().score(), Comparator.reverseOrder())
                .thenComparingInt(lottery::numberOf);
    }

    /** The quota rule: the best eligible take the reserved seats, everyone else competes for the rest. */
    Map<String, SeatType> choose(String programmeId, Set<String> applicants) {
        var programme = round.programmes().get(round.indexOfProgramme(programmeId));
        var ordered = applicants.stream().sorted(ranking(programmeId)).toList();
        var reserved = ordered.stream()
                .filter(id -> preference(id, programmeId).orElseThrow().reservedEligible())
                .limit(programme.reservedSeats()).collect(Collectors.toSet());
        int general = programme.capacity() - reserved.size();
        var chosen = new LinkedHashMap<String, SeatType>();
        reserved.forEach(id -> chosen.put(id, SeatType.RESERVED));
        ordered.stream().filter(id -> !reserved.contains(id)).limit(general)
                .forEach(id -> chosen.put(id, SeatType.GENERAL));
        return chosen;
    }

    /** Applicant ids placed in each programme by {@code placement} (applicant id to programme id). */
    Map<String, Set<String>> holders(Map<String, String> placement) {
        var holders = new HashMap<String, Set<String>>();
        round.programmes().forEach(programme -> holders.put(programme.id(), new HashSet<>()));
        placement.forEach((applicant, programme) -> holders.get(programme).add(applicant));
        return holders;
    }

    /** Every (applicant, programme) pair that blocks the placement under the quota rule. */
    List<String> blockingPairs(Map<String, String> placement) {
        var holders = holders(placement);
        var blocking = new ArrayList<String>();
        for (var applicant : round.applicants()) {
            int placedRank = rank(applicant.id(), Optional.ofNullable(placement.get(applicant.id())));
            for (int i = 0; i < Math.min(placedRank - 1, applicant.preferences().size()); i++) {
                var programmeId = applicant.preferences().get(i).programmeId();
                var with = new HashSet<>(holders.get(programmeId));
                with.add(applicant.id());
                if (choose(programmeId, with).containsKey(applicant.id())) {
                    blocking.add(applicant.id() + " blocks with " + programmeId);
                }
            }
        }
        return blocking;
    }

    /** Stable: everyone placed where they ranked, no programme over capacity, no blocking pair. */
    boolean stable(Map<String, String> placement) {
        var holders = holders(placement);
        for (var entry : placement.entrySet()) {
            if (preference(entry.getKey(), entry.getValue()).isEmpty()) {
                return false;
            }
        }
        for (var programme : round.programmes()) {
            if (holders.get(programme.id()).size() > programme.capacity()) {
                return false;
            }
        }
        return blockingPairs(placement).isEmpty();
    }

    private Applicant applicant(String applicantId) {
        return round.applicants().get(round.indexOfApplicant(applicantId));
    }
}
