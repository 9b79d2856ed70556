package fi.kanslia.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the placement over small random rounds, judged against {@link ReferenceChoice}, the
 * documented quota rule written independently of the algorithm.
 */
class DeferredAcceptancePropertiesTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#rounds")
    void noApplicantAndProgrammeBlockTheMatching(GeneratedCases.Case generated) {
        var round = generated.round();
        long seed = generated.seed();
        var result = DeferredAcceptance.place(round, seed);
        var reference = new ReferenceChoice(round, result.lottery());

        assertThat(reference.blockingPairs(placementMap(result))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#rounds")
    void noEmptySeatIsWantedByAnyonePlacedLowerOrNotPlaced(GeneratedCases.Case generated) {
        var round = generated.round();
        long seed = generated.seed();
        var result = DeferredAcceptance.place(round, seed);
        var reference = new ReferenceChoice(round, result.lottery());

        for (var applicant : round.applicants()) {
            var placed = result.placementOf(applicant.id()).map(Placement::programmeId);
            int placedRank = reference.rank(applicant.id(), placed);
            for (int i = 0; i < Math.min(placedRank - 1, applicant.preferences().size()); i++) {
                var outcome = result.programme(applicant.preferences().get(i).programmeId());
                assertThat(outcome.emptySeats())
                        .as("%s wanted %s more than %s", applicant.id(), outcome.programmeId(), placed)
                        .isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#rounds")
    void capacitiesAndReservesAreRespected(GeneratedCases.Case generated) {
        var round = generated.round();
        long seed = generated.seed();
        var result = DeferredAcceptance.place(round, seed);
        var reference = new ReferenceChoice(round, result.lottery());
        var holders = reference.holders(placementMap(result));

        for (var programme : round.programmes()) {
            var outcome = result.programme(programme.id());
            var held = holders.get(programme.id());
            assertThat(outcome.filled()).isEqualTo(held.size()).isLessThanOrEqualTo(programme.capacity());
            assertThat(outcome.reservedFilled()).isLessThanOrEqualTo(programme.reservedSeats());
            // The holders are exactly what the programme chooses from them, seat types included.
            var seats = new HashMap<String, SeatType>();
            held.forEach(id -> seats.put(id, result.placementOf(id).orElseThrow().seat()));
            assertThat(seats).isEqualTo(reference.choose(programme.id(), held));
        }
        for (var placement : result.placements()) {
            var preference = reference.preference(placement.applicantId(), placement.programmeId()).orElseThrow();
            assertThat(placement.seat() == SeatType.GENERAL || preference.reservedEligible()).isTrue();
            assertThat(placement.score()).isEqualTo(preference.score());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#rounds")
    void theSameSeedGivesTheSameResult(GeneratedCases.Case generated) {
        var round = generated.round();
        long seed = generated.seed();

        assertThat(snapshot(DeferredAcceptance.place(round, seed)))
                .isEqualTo(snapshot(DeferredAcceptance.place(round, seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#rounds")
    void theResultDoesNotDependOnTheOrderOfApplicantsOrProgrammes(GeneratedCases.Case generated) {
        var round = generated.round();
        long seed = generated.seed();
        long shuffle = generated.shuffle();
        var shuffledApplicants = new ArrayList<>(round.applicants());
        var shuffledProgrammes = new ArrayList<>(round.programmes());
        Collections.shuffle(shuffledApplicants, new Random(shuffle));
        Collections.shuffle(shuffledProgrammes, new Random(shuffle + 1));
        var shuffled = new PlacementRound(round.maxPreferences(), shuffledProgrammes, shuffledApplicants);

        assertThat(snapshot(DeferredAcceptance.place(shuffled, seed)))
                .isEqualTo(snapshot(DeferredAcceptance.place(round, seed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#rounds")
    void waitingListsHoldExactlyThoseWhoWantedMoreInTheProgrammesRankingOrder(GeneratedCases.Case generated) {
        var round = generated.round();
        long seed = generated.seed();
        var result = DeferredAcceptance.place(round, seed);
        var reference = new ReferenceChoice(round, result.lottery());

        for (var programme : round.programmes()) {
            var expected = round.applicants().stream()
                    .filter(applicant -> reference.preference(applicant.id(), programme.id()).isPresent())
                    .filter(applicant -> reference.rank(applicant.id(), Optional.of(programme.id()))
                            < reference.rank(applicant.id(), result.placementOf(applicant.id()).map(Placement::programmeId)))
                    .map(Applicant::id)
                    .sorted(reference.ranking(programme.id()))
                    .toList();
            var waiting = result.waitingList(programme.id());
            assertThat(waiting).extracting(WaitingListEntry::applicantId).isEqualTo(expected);
            for (int i = 0; i < waiting.size(); i++) {
                assertThat(waiting.get(i).position()).isEqualTo(i + 1);
            }
        }
    }

    /** The lottery is named exactly where an admitted and a waiting competitor for the same seats tie. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#rounds")
    void theLotteryIsNamedExactlyWhereItDecided(GeneratedCases.Case generated) {
        var round = generated.round();
        long seed = generated.seed();
        var result = DeferredAcceptance.place(round, seed);

        for (var programme : round.programmes()) {
            var admitted = result.placements().stream()
                    .filter(placement -> placement.programmeId().equals(programme.id())).toList();
            var waiting = result.waitingList(programme.id());
            for (var entry : waiting) {
                boolean tie = admitted.stream().anyMatch(holder -> sameStanding(holder, entry)
                        && (holder.seat() == SeatType.GENERAL || entry.reservedEligible()));
                assertThat(entry.lotteryDecided()).as("%s waiting at %s", entry.applicantId(), programme.id())
                        .isEqualTo(tie);
            }
            for (var holder : admitted) {
                boolean tie = waiting.stream().anyMatch(entry -> sameStanding(holder, entry)
                        && (holder.seat() == SeatType.GENERAL || entry.reservedEligible()));
                var admission = result.explain(holder.applicantId()).stream()
                        .filter(Explanation.Admission.class::isInstance).findFirst().orElseThrow();
                assertThat(admission.lotteryNumber().isPresent()).as("%s admitted to %s", holder.applicantId(), programme.id())
                        .isEqualTo(tie);
            }
        }
    }

    private static boolean sameStanding(Placement holder, WaitingListEntry entry) {
        return holder.priorityClass() == entry.priorityClass() && holder.score().equals(entry.score());
    }

    static Map<String, String> placementMap(PlacementResult result) {
        var placements = new HashMap<String, String>();
        result.placements().forEach(placement -> placements.put(placement.applicantId(), placement.programmeId()));
        return placements;
    }

    /** Everything a result says, keyed by id so that the input order does not show. */
    static Map<String, List<?>> snapshot(PlacementResult result) {
        var snapshot = new HashMap<String, List<?>>();
        for (var applicant : result.round().applicants()) {
            snapshot.put("applicant " + applicant.id(), List.of(
                    result.lottery().numberOf(applicant.id()),
                    result.placementOf(applicant.id()),
                    result.explain(applicant.id()),
                    result.waitingPlacesOf(applicant.id())));
        }
        for (var programme : result.round().programmes()) {
            snapshot.put("programme " + programme.id(),
                    List.of(result.programme(programme.id()), result.waitingList(programme.id())));
        }
        return snapshot;
    }
}
