package fi.kanslia.decision.internal;

import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.DecisionStatus;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.LegalRules;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.processes.DecisionIssuanceModel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decision table: the act, the document bytes and the steps' timestamps. */
@Service
@Transactional
class DecisionRecords implements Decisions {

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final Clock clock;
  private final DecisionDrafts drafts;
  private final DecisionTemplates templates;
  private final DecisionRuleBook rules;
  private final ProcessCommands engine;

  DecisionRecords(JdbcClient jdbc, CaseFiles cases, Clock clock, DecisionDrafts drafts,
      DecisionTemplates templates, DecisionRuleBook rules, ProcessCommands engine) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.clock = clock;
    this.drafts = drafts;
    this.templates = templates;
    this.rules = rules;
    this.engine = engine;
  }

  @Override
  public UUID take(TakeDecision d) {
    drafts.requireComplete(d);
    String language = templates.of(d.decisionType()).language(d.municipalityCode(), d.caseId());
    UUID id = UUID.randomUUID();
    int inserted = jdbc.sql("insert into decision (id, municipality_code, case_id, decision_type,"
            + " outcome, reasoning, decided_by, decided_at, language, status)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DECIDED') on conflict (case_id) do nothing")
        .params(id, d.municipalityCode(), d.caseId(), d.decisionType(), d.outcome().name(),
            d.reasoning().strip(), d.decidedBy(), Timestamp.from(clock.instant()), language)
        .update();
    if (inserted == 0) {
      throw new IllegalStateException("The case already has a decision");
    }
    return id;
  }

  @Override
  public UUID takeAndIssue(TakeDecision d) {
    UUID id = take(d);
    cases.advance(d.caseId(), CaseStatus.DECIDED);
    String caseNumber = cases.findForProcessing(d.caseId()).orElseThrow().caseNumber();
    engine.startProcess(d.municipalityCode(), d.caseId(), DecisionIssuanceModel.START_MESSAGE,
        d.caseId().toString(), Map.of(DecisionIssuanceModel.CASE_ID_VARIABLE, d.caseId().toString(),
            DecisionIssuanceModel.MUNICIPALITY_VARIABLE, d.municipalityCode(),
            DecisionIssuanceModel.CASE_NUMBER_VARIABLE, caseNumber));
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public LegalRules rules(String decisionType) {
    return rules.of(decisionType);
  }

  @Override
  @Transactional(readOnly = true)
  public LegalRules rules(DecisionSummary decision) {
    return templates.rules(decision, rules.of(decision.decisionType()));
  }

  @Override
  @Transactional(readOnly = true)
  public String recordsType(DecisionSummary decision) {
    return templates.of(decision.decisionType()).recordsType(decision);
  }

  @Override
  public List<String> reasoningSnippets(String decisionType, String language) {
    return templates.of(decisionType).reasoningSnippets(language);
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] preview(TakeDecision d) {
    return drafts.preview(d);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DecisionSummary> forCase(UUID caseId) {
    return jdbc.sql("select * from decision where case_id = ?").param(caseId)
        .query(DecisionRecords::summary).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<byte[]> signedDocument(UUID caseId) {
    return jdbc.sql("select signed_pdf from decision where case_id = ? and signed_pdf is not null")
        .param(caseId).query(byte[].class).optional();
  }

  @Override
  public LocalDate remedyDeadline(String decisionType, LocalDate deemedNotifiedOn) {
    return FinnishPeriods.lastDay(deemedNotifiedOn, rules.of(decisionType).periodDays());
  }

  @Override
  @Transactional(readOnly = true)
  public List<DecisionSummary> dueForLongTermSignature(java.time.Instant archivedBefore,
      java.time.Instant checkedBefore, int limit) {
    return jdbc.sql("select * from decision where archive_object_id is not null and"
            + " ((lta_checked_at is null and archived_at < ?) or lta_checked_at < ?)"
            + " order by archived_at limit ?")
        .params(Timestamp.from(archivedBefore), Timestamp.from(checkedBefore), limit)
        .query(DecisionRecords::summary).list();
  }

  @Override
  public void recordLongTermSignature(UUID caseId, byte[] signedDocument, String archiveObjectId) {
    jdbc.sql("update decision set signed_pdf = ?, archive_object_id = ?, lta_checked_at = ?"
            + " where case_id = ? and archive_object_id is not null")
        .params(signedDocument, archiveObjectId, Timestamp.from(clock.instant()), caseId).update();
  }

  @Override
  public void markArchived(UUID caseId, String archiveObjectId) {
    jdbc.sql("update decision set status = 'ARCHIVED', archived_at = ?, archive_object_id = ?"
            + " where case_id = ? and archive_object_id is null")
        .params(Timestamp.from(clock.instant()), archiveObjectId, caseId).update();
    cases.advance(caseId, CaseStatus.ARCHIVED);
  }

  static DecisionSummary summary(ResultSet rs, int row) throws SQLException {
    Timestamp signed = rs.getTimestamp("signed_at");
    return new DecisionSummary(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getObject("case_id", UUID.class), rs.getString("decision_type"),
        Outcome.valueOf(rs.getString("outcome")), rs.getString("reasoning"),
        rs.getObject("decided_by", UUID.class), rs.getTimestamp("decided_at").toInstant(),
        rs.getString("language"), DecisionStatus.valueOf(rs.getString("status")),
        signed == null ? null : signed.toInstant(), rs.getString("archive_object_id"),
        rs.getString("title"));
  }
}
