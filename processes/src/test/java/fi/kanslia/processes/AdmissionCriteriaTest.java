package fi.kanslia.processes;

import static fi.kanslia.processes.AdmissionCriteriaModel.APTITUDE_SCORE_INPUT;
import static fi.kanslia.processes.AdmissionCriteriaModel.DECISION_ID;
import static fi.kanslia.processes.AdmissionCriteriaModel.DMN_RESOURCE;
import static fi.kanslia.processes.AdmissionCriteriaModel.ELIGIBLE_OUTPUT;
import static fi.kanslia.processes.AdmissionCriteriaModel.LOWEST_PRIORITY_GROUP;
import static fi.kanslia.processes.AdmissionCriteriaModel.NEIGHBOURHOOD_SCHOOL_INPUT;
import static fi.kanslia.processes.AdmissionCriteriaModel.PRIORITY_GROUP_OUTPUT;
import static fi.kanslia.processes.AdmissionCriteriaModel.PROGRAMME_TYPES;
import static fi.kanslia.processes.AdmissionCriteriaModel.PROGRAMME_TYPE_INPUT;
import static fi.kanslia.processes.AdmissionCriteriaModel.SIBLING_IN_PROGRAMME_INPUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.MatchedDecisionRule;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;

/** The decision processes/admission-criteria.dmn, evaluated standalone as the application evaluates it. */
class AdmissionCriteriaTest extends DeployedModels {

    private static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final ObjectMapper JSON = new ObjectMapper();


    @ParameterizedTest(name = "{0}, {1} points, sibling {2}, neighbourhood school {3} -> eligible {4}, group {5}")
    @CsvSource(nullValues = "null", value = {
        "MUSIC,    29.75, true,  true,  false, null, music-below-minimum-rule",
        "MUSIC,    30,    false, false, true,  3,    other-eligible-rule",
        "SPORTS,   24.5,  false, true,  false, null, sports-below-minimum-rule",
        "SPORTS,   25,    false, true,  true,  2,    neighbourhood-school-rule",
        "LANGUAGE, 19,    true,  false, false, null, language-below-minimum-rule",
        "LANGUAGE, 20,    true,  false, true,  1,    sibling-in-programme-rule",
        "SCIENCE,  0,     false, false, false, null, science-below-minimum-rule",
        "SCIENCE,  50,    true,  true,  true,  1,    sibling-in-programme-rule",
        "SCIENCE,  41.5,  false, true,  true,  2,    neighbourhood-school-rule",
        "MUSIC,    45,    false, false, true,  3,    other-eligible-rule"
    })
    void programmeRanksTheApplicantByTheFirstMatchingRule(String programmeType, BigDecimal aptitudeScore,
            boolean siblingInProgramme, boolean neighbourhoodSchool, boolean expectedEligible,
            Integer expectedPriorityGroup, String expectedRuleId) throws Exception {
        var result = evaluate(programmeType, aptitudeScore, siblingInProgramme, neighbourhoodSchool);

        assertThat(result.getFailureMessage()).isNullOrEmpty();
        JsonNode output = JSON.readTree(result.getDecisionOutput());
        assertThat(output.get(ELIGIBLE_OUTPUT).asBoolean()).isEqualTo(expectedEligible);
        if (expectedPriorityGroup == null) {
            assertThat(output.get(PRIORITY_GROUP_OUTPUT).isNull()).as("no priority group").isTrue();
        } else {
            assertThat(output.get(PRIORITY_GROUP_OUTPUT).asInt()).isEqualTo(expectedPriorityGroup);
        }
        assertThat(result.getEvaluatedDecisions().getFirst().getMatchedRules())
                .extracting(MatchedDecisionRule::getRuleId)
                .containsExactly(expectedRuleId);
    }

    @ParameterizedTest(name = "{0}, {1} points, sibling {2}, neighbourhood school {3} -> no result")
    @CsvSource(nullValues = "null", value = {
        "DRAMA,    40,   false, false",
        "null,     40,   false, false",
        "MUSIC,    null, false, false",
        "MUSIC,    40,   null,  true",
        "SPORTS,   40,   false, null"
    })
    void unknownProgrammeTypeOrMissingInputGivesNoResultRatherThanAGuess(String programmeType,
            BigDecimal aptitudeScore, Boolean siblingInProgramme, Boolean neighbourhoodSchool) {
        var result = evaluate(programmeType, aptitudeScore, siblingInProgramme, neighbourhoodSchool);

        assertThat(result.getFailureMessage()).isNullOrEmpty();
        assertThat(result.getDecisionOutput()).isEqualTo("null");
        assertThat(result.getEvaluatedDecisions().getFirst().getMatchedRules()).isEmpty();
    }

    @Test
    void everyProgrammeTypeHasItsMinimumScoreRule() {
        for (String programmeType : PROGRAMME_TYPES) {
            var result = evaluate(programmeType, BigDecimal.ZERO, true, true);

            assertThat(result.getEvaluatedDecisions().getFirst().getMatchedRules())
                    .as(programmeType)
                    .extracting(MatchedDecisionRule::getRuleId)
                    .containsExactly(programmeType.toLowerCase() + "-below-minimum-rule");
        }
    }

    /**
     * The application turns a priority group into the placement module's priority class with
     * {@code LOWEST_PRIORITY_GROUP - priorityGroup}: a rule that gives a group outside 1..LOWEST_PRIORITY_GROUP, or a
     * group to an applicant who is not eligible, would break that.
     */
    @Test
    void everyRuleGivesAnEligibleApplicantAGroupTheApplicationCanPassToPlacement() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DMN_RESOURCE)) {
            var rules = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS(DMN_NS, "rule");
            assertThat(rules.getLength()).isPositive();
            for (int i = 0; i < rules.getLength(); i++) {
                var rule = (Element) rules.item(i);
                var outputs = rule.getElementsByTagNameNS(DMN_NS, "outputEntry");
                String eligible = outputs.item(0).getTextContent().strip();
                String priorityGroup = outputs.item(1).getTextContent().strip();
                if (eligible.equals("true")) {
                    assertThat(Integer.parseInt(priorityGroup)).as(rule.getAttribute("id"))
                            .isBetween(1, LOWEST_PRIORITY_GROUP);
                } else {
                    assertThat(eligible).as(rule.getAttribute("id")).isEqualTo("false");
                    assertThat(priorityGroup).as(rule.getAttribute("id")).isEqualTo("null");
                }
            }
        }
    }

    private EvaluateDecisionResponse evaluate(String programmeType, BigDecimal aptitudeScore,
            Boolean siblingInProgramme, Boolean neighbourhoodSchool) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PROGRAMME_TYPE_INPUT, programmeType);
        variables.put(APTITUDE_SCORE_INPUT, aptitudeScore);
        variables.put(SIBLING_IN_PROGRAMME_INPUT, siblingInProgramme);
        variables.put(NEIGHBOURHOOD_SCHOOL_INPUT, neighbourhoodSchool);
        return client.newEvaluateDecisionCommand().decisionId(DECISION_ID).variables(variables).send().join();
    }
}
