package fi.kanslia.placement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticRoundsTest {

    @Test
    void aGeneratedRoundHasTheDocumentedShapeAndIsReproducible() {
        var round = SyntheticRounds.generate(11, 5_000, 60, 6);

        assertThat(round.applicants()).hasSize(5_000);
        assertThat(round.programmes()).hasSize(60)
                .allSatisfy(programme -> assertThat(programme.capacity()).isBetween(20, 120));
        assertThat(round.applicants()).allSatisfy(applicant -> assertThat(applicant.preferences()).hasSizeBetween(1, 6));
        assertThat(round.programmes()).anySatisfy(programme -> assertThat(programme.reservedSeats()).isPositive());
        assertThat(SyntheticRounds.generate(11, 5_000, 60, 6).applicants()).isEqualTo(round.applicants());

        var result = DeferredAcceptance.place(round, 1);
        assertThat(result.programmes()).anySatisfy(outcome -> assertThat(outcome.waitingListSize()).isPositive());
        assertThat(result.programmes()).anySatisfy(outcome -> assertThat(outcome.emptySeats()).isPositive());
        assertThat(result.programmes()).as("some cutoff decided by the lottery").anySatisfy(outcome ->
                assertThat(outcome.lowestGeneral()).hasValueSatisfying(cutoff ->
                        assertThat(cutoff.lotteryNumber()).isPresent()));
    }
}
