package fi.kanslia.decision.internal;

import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.DecisionRecipient;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.PadesSigner;
import fi.kanslia.documents.PdfaDecisionRenderer;
import fi.kanslia.notification.NoticeRequest;
import fi.kanslia.notification.Notifications;
import fi.kanslia.workers.ports.DecisionIssuing;
import fi.kanslia.workers.ports.DecisionNotification;
import fi.kanslia.workers.ports.DecisionSigning;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The document steps of a decision. Each reads what it needs, does its work outside any database
 * transaction (rendering, the TSA call), and records the outcome with a conditional update, so a
 * step that runs twice changes nothing the second time.
 */
@Component
class DecisionDocumentSteps implements DecisionIssuing, DecisionSigning, DecisionNotification {

  private final JdbcClient jdbc;
  private final Decisions decisions;
  private final DecisionContentFactory contents;
  private final PdfaDecisionRenderer renderer;
  private final PadesSigner signer;
  private final CaseFiles cases;
  private final DecisionTemplates templates;
  private final Notifications notifications;
  private final Clock clock;

  DecisionDocumentSteps(JdbcClient jdbc, Decisions decisions, DecisionContentFactory contents,
      PdfaDecisionRenderer renderer, PadesSigner signer, CaseFiles cases,
      DecisionTemplates templates, Notifications notifications, Clock clock) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.contents = contents;
    this.renderer = renderer;
    this.signer = signer;
    this.cases = cases;
    this.templates = templates;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public void issue(UUID caseId) {
    DecisionSummary decision = require(caseId);
    if (hasColumn(caseId, "unsigned_pdf")) {
      return;
    }
    DecisionContent content = contents.build(decision);
    byte[] pdf = renderer.render(content);
    jdbc.sql("update decision set unsigned_pdf = ?, issued_at = ?, title = ?, status = 'ISSUED'"
            + " where case_id = ? and unsigned_pdf is null")
        .params(pdf, Timestamp.from(clock.instant()), content.title(), caseId).update();
  }

  @Override
  public void sign(UUID caseId) {
    DecisionSummary decision = require(caseId);
    if (hasColumn(caseId, "signed_pdf")) {
      cases.advance(caseId, CaseStatus.SIGNED);
      return;
    }
    byte[] unsigned = jdbc.sql("select unsigned_pdf from decision where case_id = ?").param(caseId)
        .query(byte[].class).optional()
        .orElseThrow(() -> new IllegalStateException("The decision of " + caseId + " is not issued"));
    String location = decision.municipalityCode();
    byte[] signed = signer.sign(unsigned, location, "Päätös / Beslut");
    jdbc.sql("update decision set signed_pdf = ?, signed_at = ?, status = 'SIGNED'"
            + " where case_id = ? and signed_pdf is null")
        .params(signed, Timestamp.from(clock.instant()), caseId).update();
    cases.advance(caseId, CaseStatus.SIGNED);
  }

  @Override
  public void notifyParties(UUID caseId) {
    DecisionSummary decision = require(caseId);
    String m = decision.municipalityCode();
    String caseNumber = cases.findForProcessing(caseId).orElseThrow().caseNumber();
    byte[] signed = decisions.signedDocument(caseId)
        .orElseThrow(() -> new IllegalStateException("The decision of " + caseId + " is not signed"));
    for (DecisionRecipient recipient : templates.of(decision.decisionType()).recipients(decision)) {
      notifications.send(new NoticeRequest(m, decision.id(), caseNumber, recipient.personId(),
          recipient.channel(), recipient.email(), recipient.language(), decision.decisionType(),
          null, signed));
    }
    jdbc.sql("update decision set notified_at = ?, status = 'NOTIFIED'"
            + " where case_id = ? and notified_at is null")
        .params(Timestamp.from(clock.instant()), caseId).update();
    cases.advance(caseId, CaseStatus.NOTIFIED);
  }

  private boolean hasColumn(UUID caseId, String column) {
    return jdbc.sql("select " + column + " is not null from decision where case_id = ?")
        .param(caseId).query(Boolean.class).single();
  }

  private DecisionSummary require(UUID caseId) {
    return decisions.forCase(caseId)
        .orElseThrow(() -> new IllegalStateException("No decision for case " + caseId));
  }
}
