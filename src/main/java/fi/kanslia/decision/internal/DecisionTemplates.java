package fi.kanslia.decision.internal;

import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.DecisionTemplate;
import fi.kanslia.decision.LegalRules;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The templates the case families provide, by decision type. Looked up on first use: the
 * families' services depend on {@code Decisions}, so the templates cannot be constructor
 * dependencies of it.
 */
@Component
class DecisionTemplates {

  private final ObjectProvider<DecisionTemplate> provider;
  private volatile Map<String, DecisionTemplate> byType;

  DecisionTemplates(ObjectProvider<DecisionTemplate> provider) {
    this.provider = provider;
  }

  DecisionTemplate of(String decisionType) {
    Map<String, DecisionTemplate> templates = byType;
    if (templates == null) {
      templates = provider.orderedStream().collect(Collectors.toUnmodifiableMap(
          DecisionTemplate::decisionType, Function.identity()));
      byType = templates;
    }
    DecisionTemplate template = templates.get(decisionType);
    if (template == null) {
      throw new IllegalArgumentException("No decision template for type " + decisionType);
    }
    return template;
  }

  /**
   * The rules of one decision: the template's answer given its type's rules, except that nothing
   * may be less confidential than the type's rules say.
   */
  LegalRules rules(DecisionSummary decision, LegalRules ofType) {
    LegalRules own = of(decision.decisionType()).rules(ofType, decision);
    return own.confidential() || !ofType.confidential() ? own : ofType;
  }
}
