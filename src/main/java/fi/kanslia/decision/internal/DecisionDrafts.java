package fi.kanslia.decision.internal;

import fi.kanslia.decision.DecisionIncompleteException;
import fi.kanslia.decision.DecisionStatus;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.TakeDecision;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.PdfaDecisionRenderer;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A decision before it is taken: the content it would have, checked for completeness, and
 * rendered for the official's preview. The same factory builds the issued document, so what the
 * official previews is what the parties receive.
 */
@Component
class DecisionDrafts {

  private final DecisionContentFactory contents;
  private final PdfaDecisionRenderer renderer;
  private final DecisionTemplates templates;
  private final Clock clock;

  DecisionDrafts(DecisionContentFactory contents, PdfaDecisionRenderer renderer,
      DecisionTemplates templates, Clock clock) {
    this.contents = contents;
    this.renderer = renderer;
    this.templates = templates;
    this.clock = clock;
  }

  /** Refuses a decision whose document would lack a required element. */
  void requireComplete(TakeDecision decision) {
    List<String> missing = contentOf(decision).missingElements();
    if (!missing.isEmpty()) {
      throw new DecisionIncompleteException(missing);
    }
  }

  byte[] preview(TakeDecision decision) {
    DecisionContent content = contentOf(decision);
    if (!content.missingElements().isEmpty()) {
      throw new DecisionIncompleteException(content.missingElements());
    }
    return renderer.render(content);
  }

  private DecisionContent contentOf(TakeDecision d) {
    String language = templates.of(d.decisionType()).language(d.municipalityCode(), d.caseId());
    return contents.build(new DecisionSummary(new UUID(0, 0), d.municipalityCode(), d.caseId(),
        d.decisionType(), d.outcome(), d.reasoning().strip(), d.decidedBy(), clock.instant(),
        language, DecisionStatus.DECIDED, null, null, null));
  }
}
