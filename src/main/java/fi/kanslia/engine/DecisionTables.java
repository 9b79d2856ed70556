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
