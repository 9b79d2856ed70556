package fi.kanslia.decision.internal;

import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.DecisionStatus;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
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
  private final SchoolPlaceApplications applications;
  private final Clock clock;
  private final DecisionTypeProperties type;
  private final DecisionDrafts drafts;

  DecisionRecords(JdbcClient jdbc, CaseFiles cases, SchoolPlaceApplications applications,
      Clock clock, DecisionTypeProperties type, DecisionDrafts drafts) {
    this.type = type;
    this.drafts = drafts;
    this.jdbc = jdbc;
    this.cases = cases;
    this.applications = applications;
    this.clock = clock;
  }

  @Override
  public UUID take(TakeDecision d) {
    drafts.requireComplete(d);
    var application = applications.find(d.caseId())
        .filter(a -> a.municipalityCode().equals(d.municipalityCode()))
        .orElseThrow(() -> new IllegalArgumentException("No application for case " + d.caseId()));
    UUID id = UUID.randomUUID();
    int inserted = jdbc.sql("insert into decision (id, municipality_code, case_id, decision_type,"
            + " outcome, reasoning, decided_by, decided_at, language, status)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DECIDED') on conflict (case_id) do nothing")
        .params(id, d.municipalityCode(), d.caseId(), SCHOOL_PLACE, d.outcome().name(),
            d.reasoning().strip(), d.decidedBy(), Timestamp.from(clock.instant()),
            application.languageOfInstruction())
        .update();
    if (inserted == 0) {
      throw new IllegalStateException("The case already has a decision");
    }
    return id;
  }

  @Override
  public String rectificationAuthority() {
    return type.instruction().authority();
  }

  @Override
  public List<String> reasoningSnippets(String language) {
    ResourceBundle texts = ResourceBundle.getBundle("i18n/decision-texts", Locale.of(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return texts.keySet().stream().filter(key -> key.startsWith("snippet.")).sorted()
        .map(texts::getString).toList();
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
  public LocalDate rectificationDeadline(LocalDate deemedNotifiedOn) {
    return FinnishPeriods.lastDay(deemedNotifiedOn, type.instruction().periodDays());
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
        signed == null ? null : signed.toInstant(), rs.getString("archive_object_id"));
  }
}
