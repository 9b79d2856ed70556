package fi.kanslia.processes;

import static fi.kanslia.processes.SecondaryPriorityModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The secondary application's priority groups, one case per rule and its edges, on the in-process
 * engine. An empty distance is an unknown school journey (null).
 */
class SecondaryPriorityTest extends DeployedModels {

    @ParameterizedTest(name = "sibling={0} special={1} distance={2} language={3} -> group {4} by {5}")
    @CsvSource({
        "true,  true,  100,  true,  1, sibling-rule",
        "true,  false, 9000, true,  1, sibling-rule",
        "true,  false,     , true,  1, sibling-rule",
        "false, true,  100,  true,  2, special-reasons-rule",
        "false, true,      , true,  2, special-reasons-rule",
        "false, false, 0,    true,  3, short-journey-rule",
        "false, false, 3000, true,  3, short-journey-rule",
        "false, false, 3001, true,  4, others-rule",
        "false, false,     , true,  4, others-rule",
        "true,  true,  100,  false, 5, language-mismatch-rule",
        "false, false,     , false, 5, language-mismatch-rule"})
    void thePriorityGroupFollowsTheCriteriaInOrder(boolean sibling, boolean special,
            Integer distanceMetres, boolean language, int group, String rule) {
        Map<String, Object> input = new HashMap<>();
        input.put(INPUT_SIBLING, sibling);
        input.put(INPUT_SPECIAL_REASONS, special);
        input.put(INPUT_DISTANCE_METRES, distanceMetres);
        input.put(INPUT_LANGUAGE_MATCHES, language);
        assertGroup(input, group, rule);
    }

    /** The application leaves an unknown distance out rather than sending null: the same outcome. */
    @Test
    void anAbsentDistanceIsAnUnknownJourney() {
        assertGroup(Map.of(INPUT_SIBLING, false, INPUT_SPECIAL_REASONS, false,
                INPUT_LANGUAGE_MATCHES, true), 4, "others-rule");
    }

    private void assertGroup(Map<String, Object> input, int group, String rule) {
        var result = client.newEvaluateDecisionCommand().decisionId(DECISION_ID)
                .variables(input).send().join();
        assertThat(result.getFailureMessage()).isNullOrEmpty();
        assertThat(result.getDecisionOutput()).isEqualTo(Integer.toString(group));
        assertThat(result.getEvaluatedDecisions().getFirst().getMatchedRules())
                .extracting(matched -> matched.getRuleId()).containsExactly(rule);
    }
}
