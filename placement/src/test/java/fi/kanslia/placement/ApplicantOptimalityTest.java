package fi.kanslia.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On rounds small enough to enumerate every matching: the result is stable, and every applicant
 * likes it at least as well as any other stable matching (applicant-optimality).
 */
class ApplicantOptimalityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("fi.kanslia.placement.GeneratedCases#tinyRounds")
    void theResultIsTheApplicantOptimalStableMatching(GeneratedCases.Case generated) {
        var round = generated.round();
        var result = DeferredAcceptance.place(round, generated.seed());
        var reference = new ReferenceChoice(round, result.lottery());
        var placed = DeferredAcceptancePropertiesTest.placementMap(result);

        var stable = allMatchings(round).stream().filter(reference::stable).toList();

        assertThat(stable).contains(placed);
        for (var other : stable) {
            for (var applicant : round.applicants()) {
                assertThat(reference.rank(applicant.id(), Optional.ofNullable(placed.get(applicant.id()))))
                        .as("%s in %s versus stable %s", applicant.id(), placed, other)
                        .isLessThanOrEqualTo(reference.rank(applicant.id(), Optional.ofNullable(other.get(applicant.id()))));
            }
        }
    }

    /** Every way to place each applicant in one programme they ranked or nowhere. */
    private static List<Map<String, String>> allMatchings(PlacementRound round) {
        var matchings = new ArrayList<Map<String, String>>();
        matchings.add(new HashMap<>());
        for (var applicant : round.applicants()) {
            var extended = new ArrayList<Map<String, String>>();
            for (var matching : matchings) {
                extended.add(matching);
                for (var preference : applicant.preferences()) {
                    var with = new HashMap<>(matching);
                    with.put(applicant.id(), preference.programmeId());
                    extended.add(with);
                }
            }
            matchings = extended;
        }
        return matchings;
    }
}
