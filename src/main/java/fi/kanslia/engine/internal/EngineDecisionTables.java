package fi.kanslia.engine.internal;

import fi.kanslia.engine.DecisionTables;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Standalone decision evaluation on the engine (works on a cluster and on the in-process engine).
 * An answer is kept for five minutes per decision and input, so that pages and runs that ask the
 * same question many times (a school's ranking, a placement round) cost one engine call each, and
 * a redeployed rule takes effect within minutes.
 */
@Component
class EngineDecisionTables implements DecisionTables {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration KEEP = Duration.ofMinutes(5);
  private static final int MAX_KEPT = 10_000;

  private final CamundaClient client;
  private final Clock clock;
  private final Map<Question, Answer> answers = new ConcurrentHashMap<>();

  EngineDecisionTables(CamundaClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  private record Question(String decisionId, Map<String, ?> input) {}

  private record Answer(Object output, int version, long decisionKey, Instant until) {}

  @Override
  public Map<String, Object> evaluate(String decisionId, Map<String, ?> input) {
    return evaluateRecorded(decisionId, input).output();
  }

  @Override
  public Evaluation evaluateRecorded(String decisionId, Map<String, ?> input) {
    Answer answer = ask(decisionId, input);
    if (!(answer.output() instanceof Map<?, ?> map) || map.isEmpty()) {
      throw new NoMatchingRuleException(decisionId, input);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(String.valueOf(k), v));
    return new Evaluation(result, decisionId, answer.version(), answer.decisionKey());
  }

  @Override
  public Object evaluateSingle(String decisionId, Map<String, ?> input) {
    Object value = ask(decisionId, input).output();
    if (value == null) {
      throw new NoMatchingRuleException(decisionId, input);
    }
    return value;
  }

  /** The engine's answer, from the last five minutes or asked now. */
  private Answer ask(String decisionId, Map<String, ?> input) {
    Instant now = clock.instant();
    Question question = new Question(decisionId, Map.copyOf(input));
    Answer kept = answers.get(question);
    if (kept != null && kept.until().isAfter(now)) {
      return kept;
    }
    EvaluateDecisionResponse response = respond(decisionId, input);
    Answer answer = new Answer(parse(response), response.getDecisionVersion(),
        response.getDecisionKey(), now.plus(KEEP));
    if (answers.size() >= MAX_KEPT) {
      answers.clear();
    }
    answers.put(question, answer);
    return answer;
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
