package fi.kanslia.engine;

import java.util.Map;

/**
 * Evaluates a DMN decision deployed to the process engine, so that the rules officials and
 * lawyers maintain (legal basis per decision type, admission criteria) have one source: the DMN
 * file they edit in Camunda Modeler.
 */
public interface DecisionTables {

  /**
   * The output of the decision's matching rule, by output name.
   *
   * @throws NoMatchingRuleException if no rule of the decision matches the input
   * @throws IllegalStateException if the engine cannot evaluate the decision now
   */
  Map<String, Object> evaluate(String decisionId, Map<String, ?> input);

  /** As {@link #evaluate}, with the version of the decision that answered, for the record. */
  Evaluation evaluateRecorded(String decisionId, Map<String, ?> input);

  /** A decision's output and the deployed version that gave it. */
  record Evaluation(Map<String, Object> output, String decisionId, int version, long decisionKey) {

    /** E.g. "admission-criteria v3 (key 2251799813685302)". */
    public String provenance() {
      return decisionId + " v" + version + " (key " + decisionKey + ")";
    }
  }

  /**
   * The value of a decision with a single output column (the engine returns it unwrapped).
   *
   * @throws NoMatchingRuleException if no rule of the decision matches the input
   */
  Object evaluateSingle(String decisionId, Map<String, ?> input);

  /** No rule of the decision matched the input. */
  final class NoMatchingRuleException extends RuntimeException {
    public NoMatchingRuleException(String decisionId, Map<String, ?> input) {
      super("No rule of decision '" + decisionId + "' matches " + input);
    }
  }
}
