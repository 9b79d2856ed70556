package fi.kanslia.decision.internal;

import fi.kanslia.decision.LegalRules;
import fi.kanslia.engine.DecisionTables;
import fi.kanslia.processes.DecisionRulesModel;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The legal rules of each decision type, from the decision-rules DMN on the engine (which keeps
 * its answers for a few minutes), with the authority's contact details from configuration.
 */
@Component
class DecisionRuleBook {

  private final DecisionTables tables;
  private final AuthorityProperties authorities;

  DecisionRuleBook(DecisionTables tables, AuthorityProperties authorities) {
    this.tables = tables;
    this.authorities = authorities;
  }

  LegalRules of(String decisionType) {
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
}
