package fi.kanslia.engine.internal;

import fi.kanslia.engine.DecisionTables;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Standalone decision evaluation on the engine (works on a cluster and on the in-process engine). */
@Component
class EngineDecisionTables implements DecisionTables {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final CamundaClient client;

  EngineDecisionTables(CamundaClient client) {
    this.client = client;
  }

  @Override
  public Map<String, Object> evaluate(String decisionId, Map<String, ?> input) {
    return evaluateRecorded(decisionId, input).output();
  }

  @Override
  public Evaluation evaluateRecorded(String decisionId, Map<String, ?> input) {
    EvaluateDecisionResponse response = respond(decisionId, input);
    if (!(parse(response) instanceof Map<?, ?> map) || map.isEmpty()) {
      throw new NoMatchingRuleException(decisionId, input);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), v));
    return new Evaluation(result, decisionId, response.getDecisionVersion(),
        response.getDecisionKey());
  }

  @Override
  public Object evaluateSingle(String decisionId, Map<String, ?> input) {
    Object value = parse(respond(decisionId, input));
    if (value == null) {
      throw new NoMatchingRuleException(decisionId, input);
    }
    return value;
  }

  private EvaluateDecisionResponse respond(String decisionId, Map<String, ?> input) {
    EvaluateDecisionResponse response;
    try {
      response = client.newEvaluateDecisionCommand().decisionId(decisionId)
          .variables(new LinkedHashMap<String, Object>(input)).requestTimeout(TIMEOUT).send().join();
    } catch (RuntimeException e) {
      throw new IllegalStateException("The engine could not evaluate decision '" + decisionId + "'", e);
    }
    if (response.getFailureMessage() != null && !response.getFailureMessage().isBlank()) {
      throw new IllegalStateException("Decision '" + decisionId + "' failed: "
          + response.getFailureMessage());
    }
    return response;
  }

  private Object parse(EvaluateDecisionResponse response) {
    return response.getDecisionOutput() == null ? null
        : client.getConfiguration().getJsonMapper().fromJson(response.getDecisionOutput(), Object.class);
  }
}
