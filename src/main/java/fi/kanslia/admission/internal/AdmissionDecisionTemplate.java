package fi.kanslia.admission.internal;

import fi.kanslia.admission.AdmissionCases;
import fi.kanslia.decision.DecisionRecipient;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.DecisionTemplate;
import fi.kanslia.decision.DecisionText;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The decision on admission to emphasised teaching: admitted to a programme (an application or an
 * offer of a vacant place), or not admitted anywhere. Texts in i18n/admission-decision_fi/sv.
 */
@Component
class AdmissionDecisionTemplate implements DecisionTemplate {

  private final AdmissionDecisionWriter writer;

  AdmissionDecisionTemplate(AdmissionDecisionWriter writer) {
    this.writer = writer;
  }

  @Override
  public String decisionType() {
    return AdmissionCases.ADMISSION;
  }

  @Override
  public String language(String municipalityCode, UUID caseId) {
    return writer.language(municipalityCode, caseId);
  }

  @Override
  public DecisionText text(DecisionSummary decision) {
    return writer.text(decision);
  }

  @Override
  public List<DecisionRecipient> recipients(DecisionSummary decision) {
    return writer.recipients(decision);
  }

  @Override
  public List<String> reasoningSnippets(String language) {
    return writer.snippets(language);
  }
}
