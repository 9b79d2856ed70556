package fi.kanslia.placement;

import static fi.kanslia.placement.RoundFixture.pref;
import static fi.kanslia.placement.RoundFixture.reservedPref;
import static fi.kanslia.placement.RoundFixture.round;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The reasoning of admissions and waiting-list places, on rounds small enough to check by hand. */
class ExplanationTest {

    private static final long SEED = 20260801L;

    /** Music class of 2: A is clearly in, B and C tie at the cutoff, D is clearly out. */
    private final PlacementRound music = round(List.of(Programme.of("music", 2), Programme.of("local", 10)),
            Applicant.of("A", pref("music", "40"), pref("local", "0")),
            Applicant.of("B", pref("music", "35.5"), pref("local", "0")),
            Applicant.of("C", pref("music", "35.5"), pref("local", "0")),
            Applicant.of("D", pref("music", "30")));

    @Test
    void theLotteryNumberIsStatedExactlyWhereItBrokeATie() {
        var result = DeferredAcceptance.place(music, SEED);
        var lottery = result.lottery();
        var winner = lottery.numberOf("B") < lottery.numberOf("C") ? "B" : "C";
        var loser = winner.equals("B") ? "C" : "B";
        var cutoff = new Cutoff(0, Score.of("35.5"), OptionalInt.of(lottery.numberOf(winner)));

        assertThat(result.explain("A")).containsExactly(new Explanation.Admission(
                "A", "music", 1, 0, Score.of("40"), SeatType.GENERAL, Optional.of(cutoff), OptionalInt.empty()));
        assertThat(result.explain(winner)).containsExactly(new Explanation.Admission(
                winner, "music", 1, 0, Score.of("35.5"), SeatType.GENERAL, Optional.of(cutoff),
                OptionalInt.of(lottery.numberOf(winner))));
        assertThat(result.explain(loser)).containsExactly(
                new Explanation.WaitingListPlace(loser, "music", 1, 0, Score.of("35.5"), 1, Optional.of(cutoff),
                        OptionalInt.of(lottery.numberOf(loser))),
                new Explanation.Admission(loser, "local", 2, 0, Score.of("0"), SeatType.GENERAL,
                        Optional.of(new Cutoff(0, Score.ZERO, OptionalInt.empty())), OptionalInt.empty()));
        assertThat(result.explain("D")).containsExactly(new Explanation.WaitingListPlace(
                "D", "music", 1, 0, Score.of("30"), 2, Optional.of(cutoff), OptionalInt.empty()));
    }

    @Test
    void theProgrammeStatesItsLowestAcceptedScoreFilledSeatsAndWaitingList() {
        var result = DeferredAcceptance.place(music, SEED);

        var outcome = result.programme("music");
        assertThat(outcome.filled()).isEqualTo(2);
        assertThat(outcome.lowestAccepted()).map(Cutoff::score).contains(Score.of("35.5"));
        assertThat(outcome.waitingListSize()).isEqualTo(2);
        assertThat(result.waitingList("music")).extracting(WaitingListEntry::position, WaitingListEntry::lotteryDecided)
                .containsExactly(tuple(1, true), tuple(2, false));
        assertThat(result.placementOf("D")).isEmpty();
        assertThat(result.seed()).isEqualTo(SEED);
    }

    @Test
    void aHigherPriorityClassRanksAboveAHigherScore() {
        var round = round(List.of(Programme.of("school", 1)),
                Applicant.of("sibling", pref("school", 1, "5")),
                Applicant.of("strong", pref("school", 0, "9.75")));

        var result = DeferredAcceptance.place(round, SEED);

        assertThat(result.placementOf("sibling")).map(Placement::programmeId).contains("school");
        assertThat(result.explain("strong")).singleElement().isEqualTo(new Explanation.WaitingListPlace(
                "strong", "school", 1, 0, Score.of("9.75"), 1,
                Optional.of(new Cutoff(1, Score.of("5"), OptionalInt.empty())), OptionalInt.empty()));
    }

    @Test
    void eligibleApplicantsTakeReservedSeatsFirstAndUnusedReservedSeatsAreReleased() {
        // 3 seats, 1 reserved for special reasons.
        var round = round(List.of(Programme.withQuota("music", 3, "special-reasons", 1)),
                Applicant.of("top", pref("music", "40")),
                Applicant.of("second", pref("music", "39")),
                Applicant.of("third", pref("music", "38")),
                Applicant.of("special", reservedPref("music", "20")),
                Applicant.of("special-low", reservedPref("music", "10")));

        var result = DeferredAcceptance.place(round, SEED);

        assertThat(result.placementOf("special")).map(Placement::seat).contains(SeatType.RESERVED);
        assertThat(result.placementOf("top")).map(Placement::seat).contains(SeatType.GENERAL);
        assertThat(result.placementOf("second")).map(Placement::seat).contains(SeatType.GENERAL);
        assertThat(result.placementOf("third")).isEmpty();
        assertThat(result.programme("music").lowestReserved()).map(Cutoff::score).contains(Score.of("20"));
        assertThat(result.programme("music").lowestGeneral()).map(Cutoff::score).contains(Score.of("39"));
        assertThat(result.programme("music").lowestAccepted()).map(Cutoff::score).contains(Score.of("20"));

        // Nobody eligible applies: the reserved seat goes to the general pool.
        var released = round(List.of(Programme.withQuota("music", 3, "special-reasons", 1)),
                Applicant.of("top", pref("music", "40")),
                Applicant.of("second", pref("music", "39")),
                Applicant.of("third", pref("music", "38")));
        assertThat(DeferredAcceptance.place(released, SEED).placedCount()).isEqualTo(3);
    }

    @Test
    void anEligibleApplicantBeyondTheReserveStillCompetesForGeneralSeats() {
        var round = round(List.of(Programme.withQuota("music", 2, "special-reasons", 1)),
                Applicant.of("special-1", reservedPref("music", "30")),
                Applicant.of("special-2", reservedPref("music", "25")),
                Applicant.of("other", pref("music", "20")));

        var result = DeferredAcceptance.place(round, SEED);

        assertThat(result.placementOf("special-1")).map(Placement::seat).contains(SeatType.RESERVED);
        assertThat(result.placementOf("special-2")).map(Placement::seat).contains(SeatType.GENERAL);
        assertThat(result.waitingPlacesOf("other")).extracting(WaitingListEntry::position).containsExactly(1);
    }
}
