package fi.kanslia.processes;

import static fi.kanslia.processes.SecondaryPriorityModel.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The secondary application's priority groups, one case per rule, on the in-process engine. */
class SecondaryPriorityTest extends DeployedModels {

    @ParameterizedTest(name = "sibling={0} special={1} nearby={2} language={3} -> group {4}")
    @CsvSource({
        "true,  true,  true,  true,  1",
        "true,  false, false, true,  1",
        "false, true,  true,  true,  2",
        "false, false, true,  true,  3",
        "false, false, false, true,  4",
        "true,  true,  true,  false, 5",
        "false, false, false, false, 5"})
    void thePriorityGroupFollowsTheCriteriaInOrder(boolean sibling, boolean special, boolean nearby,
            boolean language, int group) {
        var result = client.newEvaluateDecisionCommand().decisionId(DECISION_ID)
                .variables(Map.of(INPUT_SIBLING, sibling, INPUT_SPECIAL_REASONS, special,
                        INPUT_NEARBY, nearby, INPUT_LANGUAGE_MATCHES, language))
                .send().join();
        assertThat(result.getDecisionOutput()).isEqualTo(Integer.toString(group));
    }
}
