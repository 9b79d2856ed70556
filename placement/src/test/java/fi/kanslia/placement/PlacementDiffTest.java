package fi.kanslia.placement;

import static fi.kanslia.placement.RoundFixture.pref;
import static fi.kanslia.placement.RoundFixture.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The officials' dry run: change a capacity, run again with the same seed, see who moves where. */
class PlacementDiffTest {

    private final PlacementRound before = round(List.of(Programme.of("music", 1), Programme.of("local", 5)),
            Applicant.of("A", pref("music", "40"), pref("local", "0")),
            Applicant.of("B", pref("music", "30"), pref("local", "0")),
            Applicant.of("C", pref("music", "20")));

    @Test
    void showsWhoMovesWhereAndHowCutoffsChange() {
        var previous = DeferredAcceptance.place(before, 5);
        var current = DeferredAcceptance.place(
                before.withProgrammes(List.of(Programme.of("music", 3), Programme.of("local", 5))), 5);

        var diff = PlacementDiff.between(previous, current);

        assertThat(diff.moves()).containsExactly(
                new PlacementDiff.Move("B", Optional.of("local"), Optional.of("music")),
                new PlacementDiff.Move("C", Optional.empty(), Optional.of("music")));
        assertThat(diff.cutoffs()).containsExactly(
                new PlacementDiff.CutoffChange("music",
                        Optional.of(new Cutoff(0, Score.of("40"), OptionalInt.empty())),
                        Optional.of(new Cutoff(0, Score.of("20"), OptionalInt.empty())), 1, 3),
                new PlacementDiff.CutoffChange("local",
                        Optional.of(new Cutoff(0, Score.ZERO, OptionalInt.empty())), Optional.empty(), 1, 0));
    }

    @Test
    void theSameRoundAndSeedShowNoDifference() {
        assertThat(PlacementDiff.between(DeferredAcceptance.place(before, 5), DeferredAcceptance.place(before, 5)).isEmpty())
                .isTrue();
    }

    @Test
    void anApplicantInOnlyOneRunMovesFromOrToNowhere() {
        var withD = round(before.programmes(), concat(before.applicants(), Applicant.of("D", pref("local", "1"))));

        var diff = PlacementDiff.between(DeferredAcceptance.place(before, 5), DeferredAcceptance.place(withD, 5));

        assertThat(diff.moves()).containsExactly(new PlacementDiff.Move("D", Optional.empty(), Optional.of("local")));
        assertThat(diff.cutoffs()).extracting(PlacementDiff.CutoffChange::programmeId).containsExactly("local");
    }

    private static Applicant[] concat(List<Applicant> applicants, Applicant extra) {
        var all = new ArrayList<>(applicants);
        all.add(extra);
        return all.toArray(Applicant[]::new);
    }
}
