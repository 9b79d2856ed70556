package fi.kanslia.placement;

import static fi.kanslia.placement.RoundFixture.pref;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacementRoundValidationTest {

    @Test
    void everyProblemIsListedWithAClearMessage() {
        assertThatThrownBy(() -> new PlacementRound(2,
                List.of(Programme.of("P1", 10), Programme.of("P2", -1), Programme.of("P1", 5),
                        Programme.withQuota("P3", 4, "special-reasons", 5)),
                List.of(
                        Applicant.of("A1", pref("P1", "1"), pref("P1", "2")),
                        Applicant.of("A2", pref("nowhere", "1")),
                        Applicant.of("A3", pref("P1", "1"), pref("P2", "1"), pref("P3", "1")),
                        Applicant.of("A4", new Preference("P1", 0, Score.ZERO, true)),
                        Applicant.of("A5", pref("P1", -1, "1")),
                        Applicant.of("A1"),
                        Applicant.of("Matti Meikäläinen"))))
                .isInstanceOfSatisfying(InvalidRoundException.class, e -> assertThat(e.problems()).containsExactly(
                        "programme P2 has a negative capacity -1",
                        "programme P1 is listed twice",
                        "programme P3 reserves 5 seats, not within 0..4",
                        "applicant A1 ranks programme P1 twice (preferences 1 and 2)",
                        "applicant A2 ranks unknown programme nowhere",
                        "applicant A3 ranks 3 programmes, more than the 2 allowed",
                        "applicant A4 is marked eligible for reserved seats at P1, which reserves none",
                        "applicant A5 has a negative priority class at P1",
                        "applicant A1 is listed twice",
                        "applicant id 'Matti Meikäläinen' may contain only ASCII letters, digits, '.', '_' and '-'"))
                .hasMessageStartingWith("invalid placement round: programme P2 has a negative capacity -1; ");
    }

    @Test
    void aValidRoundIsAccepted() {
        var round = new PlacementRound(1, List.of(Programme.of("P1", 0)), List.of(Applicant.of("A1"), Applicant.of("A2", pref("P1", "3"))));

        assertThat(round.indexOfApplicant("A2")).isEqualTo(1);
        assertThat(DeferredAcceptance.place(round, 1).placedCount()).isZero();
    }

    @Test
    void scoresAreExactAndRejectMoreDecimalsThanTheyKeep() {
        assertThat(Score.of("37.5")).isEqualTo(new Score(37_500)).hasToString("37.5");
        assertThat(Score.of("0.1").thousandths() + Score.of("0.2").thousandths()).isEqualTo(Score.of("0.3").thousandths());
        assertThatThrownBy(() -> Score.of("1.0005")).hasMessage("score 1.0005 has more than 3 decimals or is out of range");
        assertThatThrownBy(() -> Score.of("ten")).hasMessage("score 'ten' is not a decimal number");
    }
}
