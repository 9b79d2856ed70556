package fi.kanslia.processes;

import static fi.kanslia.processes.DecisionRulesModel.AUTHORITY_HALLINTO_OIKEUS;
import static fi.kanslia.processes.DecisionRulesModel.AUTHORITY_LUPA_JA_VALVONTAVIRASTO;
import static fi.kanslia.processes.DecisionRulesModel.DECISION_ID;
import static fi.kanslia.processes.DecisionRulesModel.INPUT_DECISION_TYPE;
import static fi.kanslia.processes.DecisionRulesModel.INSTRUCTION_APPEAL;
import static fi.kanslia.processes.DecisionRulesModel.INSTRUCTION_RECTIFICATION;
import static fi.kanslia.processes.DecisionRulesModel.PUBLICITY_CONFIDENTIAL;
import static fi.kanslia.processes.DecisionRulesModel.PUBLICITY_PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.camunda.client.api.response.MatchedDecisionRule;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The model processes/decision-rules.dmn, evaluated on the engine for every decision type. */
class DecisionRulesTest extends DeployedModels {

    private static final String HL_44_45 = "Hallintolaki (434/2003) 44 ja 45 §";
    private static final String POL_42_HL_49 = "Perusopetuslaki (628/1998) 42 §, Hallintolaki (434/2003) 49 a–49 g §";


    @ParameterizedTest(name = "{0} -> {2} to {3} within {4} days, {5}")
    @CsvSource({
        "SCHOOL_PLACE,          school-place-rule,          RECTIFICATION, lupa-ja-valvontavirasto, 14, PUBLIC",
        "NEIGHBOURHOOD_SCHOOL,  neighbourhood-school-rule,  RECTIFICATION, lupa-ja-valvontavirasto, 14, PUBLIC",
        "SECONDARY_PLACE,       secondary-place-rule,       RECTIFICATION, lupa-ja-valvontavirasto, 14, PUBLIC",
        "ADMISSION,             admission-rule,             RECTIFICATION, lupa-ja-valvontavirasto, 14, PUBLIC",
        "WAITING_LIST,          waiting-list-rule,          RECTIFICATION, lupa-ja-valvontavirasto, 14, PUBLIC",
        "SUPPORT,               support-rule,               RECTIFICATION, lupa-ja-valvontavirasto, 14, CONFIDENTIAL",
        "RECTIFICATION_OUTCOME, rectification-outcome-rule, APPEAL,        hallinto-oikeus,         30, PUBLIC"
    })
    void eachDecisionTypeNamesItsInstructionAndPublicity(String decisionType, String ruleId, String instructionKind,
            String authority, int periodDays, String publicityClass) {
        var response = evaluate(decisionType);

        assertThat(response.getFailureMessage()).isNullOrEmpty();
        assertThat(matchedRuleIds(response)).containsExactly(ruleId);
        var output = output(response);
        assertThat(output)
                .containsEntry("instructionKind", instructionKind)
                .containsEntry("authority", authority)
                .containsEntry("periodDays", periodDays);
        assertThat(provisions(output)).as("HL 45 §: the provisions applied").isNotEmpty().contains(HL_44_45);
        assertThat((String) output.get("instructionLegalBasis")).isNotBlank();
        assertThat(output).containsEntry("publicityClass", publicityClass);
        assertThat((String) output.get("publicityLegalBasis")).as("a legal basis exactly when confidential")
                .matches(basis -> basis.isEmpty() == publicityClass.equals(PUBLICITY_PUBLIC));
    }

    @ParameterizedTest
    @MethodSource("decisionTypes")
    void everyDecisionTypeOfTheModelHasExactlyOneRule(String decisionType) {
        var response = evaluate(decisionType);

        assertThat(response.getFailureMessage()).isNullOrEmpty();
        assertThat(matchedRuleIds(response)).hasSize(1);
        assertThat(output(response)).containsOnlyKeys("provisions", "instructionKind", "authority", "periodDays",
                "instructionLegalBasis", "publicityClass", "publicityLegalBasis");
    }

    @Test
    void schoolPlaceCarriesTheValuesTheApplicationPrintsToday() {
        // The values kanslia.decisions.school-place held in application.yml before they moved to the table.
        var output = output(evaluate(DecisionRulesModel.TYPE_SCHOOL_PLACE));

        assertThat(provisions(output)).containsExactly(
                "Perusopetuslaki (628/1998) 6 §", "Perusopetuslaki (628/1998) 28 §", HL_44_45);
        assertThat(output)
                .containsEntry("instructionKind", INSTRUCTION_RECTIFICATION)
                .containsEntry("authority", AUTHORITY_LUPA_JA_VALVONTAVIRASTO)
                .containsEntry("periodDays", 14)
                .containsEntry("instructionLegalBasis", POL_42_HL_49)
                .containsEntry("publicityClass", PUBLICITY_PUBLIC)
                .containsEntry("publicityLegalBasis", "");
    }

    @Test
    void supportDecisionIsConfidentialAndMarksItsUnverifiedSections() {
        var output = output(evaluate(DecisionRulesModel.TYPE_SUPPORT));

        assertThat(output)
                .containsEntry("publicityClass", PUBLICITY_CONFIDENTIAL)
                .containsEntry("publicityLegalBasis", "JulkL (621/1999) 24 § 1 mom 30 k");
        assertThat(provisions(output))
                .anySatisfy(p -> assertThat(p).startsWith("Perusopetuslaki (628/1998) 16 §").contains("(VERIFY"))
                .anySatisfy(p -> assertThat(p).startsWith("Perusopetuslaki (628/1998) 17 §").contains("(VERIFY"))
                .contains("Hallintolaki (434/2003) 34 §", HL_44_45);
    }

    @Test
    void rectificationOutcomeIsAppealedToTheAdministrativeCourtWithinThirtyDays() {
        var output = output(evaluate(DecisionRulesModel.TYPE_RECTIFICATION_OUTCOME));

        assertThat(output)
                .containsEntry("instructionKind", INSTRUCTION_APPEAL)
                .containsEntry("authority", AUTHORITY_HALLINTO_OIKEUS)
                .containsEntry("periodDays", 30);
        assertThat((String) output.get("instructionLegalBasis")).contains("49 g §", "808/2019", "VERIFY");
    }

    @ParameterizedTest(name = "decision type \"{0}\"")
    @ValueSource(strings = {"UNKNOWN", "support", ""})
    @NullSource
    void unknownDecisionTypeMatchesNoRuleAndYieldsNoResult(String decisionType) {
        var response = evaluate(decisionType);

        // UNIQUE with no match is not a failure in Zeebe: the result is null, so the caller must refuse it.
        assertThat(response.getFailureMessage()).isNullOrEmpty();
        assertThat(matchedRuleIds(response)).isEmpty();
        assertThat(response.getDecisionOutput()).isEqualTo("null");
    }

    /** The {@code TYPE_} constants of {@link DecisionRulesModel}: a new type without a rule fails above. */
    static Stream<String> decisionTypes() {
        return Arrays.stream(DecisionRulesModel.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getName().startsWith("TYPE_"))
                .map(DecisionRulesTest::constantValue);
    }

    private static String constantValue(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private EvaluateDecisionResponse evaluate(String decisionType) {
        Map<String, Object> variables = new HashMap<>();
        if (decisionType != null) {
            variables.put(INPUT_DECISION_TYPE, decisionType);
        }
        return client.newEvaluateDecisionCommand().decisionId(DECISION_ID).variables(variables).send().join();
    }

    private static List<String> matchedRuleIds(EvaluateDecisionResponse response) {
        return response.getEvaluatedDecisions().getFirst().getMatchedRules().stream()
                .map(MatchedDecisionRule::getRuleId)
                .toList();
    }

    private Map<String, Object> output(EvaluateDecisionResponse response) {
        return client.getConfiguration().getJsonMapper().fromJsonAsMap(response.getDecisionOutput());
    }

    @SuppressWarnings("unchecked")
    private static List<String> provisions(Map<String, Object> output) {
        return (List<String>) output.get("provisions");
    }
}
