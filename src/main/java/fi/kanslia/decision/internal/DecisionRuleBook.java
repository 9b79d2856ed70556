package fi.kanslia.decision.internal;

import fi.kanslia.decision.LegalRules;
import fi.kanslia.engine.DecisionTables;
import fi.kanslia.processes.DecisionRulesModel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The legal rules of each decision type, evaluated from the decision-rules DMN on the engine and
 * kept for a few minutes, so that a redeployed rule takes effect soon without an engine call per
 * document.
 */
@Component
class DecisionRuleBook {

  private static final Duration KEEP = Duration.ofMinutes(5);

  private final DecisionTables tables;
  private final AuthorityProperties authorities;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  DecisionRuleBook(DecisionTables tables, AuthorityProperties authorities, Clock clock) {
    this.tables = tables;
    this.authorities = authorities;
    this.clock = clock;
  }

  LegalRules of(String decisionType) {
    Instant now = clock.instant();
    Cached cached = cache.get(decisionType);
    if (cached != null && cached.until().isAfter(now)) {
      return cached.rules();
    }
    LegalRules rules = evaluate(decisionType);
    cache.put(decisionType, new Cached(rules, now.plus(KEEP)));
    return rules;
  }

  private LegalRules evaluate(String decisionType) {
    Map<String, Object> out = tables.evaluate(DecisionRulesModel.DECISION_ID,
        Map.of(DecisionRulesModel.INPUT_DECISION_TYPE, decisionType));
    String authorityId = string(out, DecisionRulesModel.OUTPUT_AUTHORITY);
    AuthorityProperties.Contact contact = authorities.authorities().get(authorityId);
    if (contact == null) {
      throw new IllegalStateException("The decision rules name authority '" + authorityId
          + "' but kanslia.authorities has no contact details for it");
    }
    List<String> provisions = out.get(DecisionRulesModel.OUTPUT_PROVISIONS) instanceof List<?> list
        ? list.stream().map(String::valueOf).toList() : List.of();
    Object period = out.get(DecisionRulesModel.OUTPUT_PERIOD_DAYS);
    return new LegalRules(decisionType, provisions,
        string(out, DecisionRulesModel.OUTPUT_INSTRUCTION_KIND),
        new LegalRules.Authority(authorityId, contact.nameFi(), contact.nameSv(),
            contact.postalAddress(), contact.email()),
        period instanceof Number n ? n.intValue() : 0,
        string(out, DecisionRulesModel.OUTPUT_INSTRUCTION_LEGAL_BASIS),
        string(out, DecisionRulesModel.OUTPUT_PUBLICITY_CLASS),
        string(out, DecisionRulesModel.OUTPUT_PUBLICITY_LEGAL_BASIS));
  }

  private static String string(Map<String, Object> out, String name) {
    Object value = out.get(name);
    return value == null ? "" : value.toString();
  }

  private record Cached(LegalRules rules, Instant until) {}
}
