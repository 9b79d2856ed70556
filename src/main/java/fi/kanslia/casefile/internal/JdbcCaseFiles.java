package fi.kanslia.casefile.internal;

import fi.kanslia.casefile.CaseEvent;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcCaseFiles implements CaseFiles {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private final JdbcClient jdbc;
  private final Clock clock;

  JdbcCaseFiles(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public CaseFile open(String municipalityCode, String casePrefix, String caseType,
      String taskClassCode, UUID childId) {
    Instant now = clock.instant();
    long sequence = jdbc.sql("select nextval('case_number_seq')").query(Long.class).single();
    String number = "%s/%d/%s/%d".formatted(casePrefix, sequence, taskClassCode,
        now.atZone(FINLAND).getYear());
    UUID id = UUID.randomUUID();
    jdbc.sql("insert into case_file (id, municipality_code, case_number, case_type, task_class_code,"
            + " child_id, status, opened_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, municipalityCode, number, caseType, taskClassCode, childId,
            CaseStatus.SUBMITTED.name(), Timestamp.from(now), Timestamp.from(now))
        .update();
    recordEvent(id, municipalityCode, CaseStatus.SUBMITTED, now);
    return new CaseFile(id, municipalityCode, number, caseType, taskClassCode, childId,
        CaseStatus.SUBMITTED, now, now);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseFile> find(String municipalityCode, UUID caseId) {
    return jdbc.sql("select * from case_file where id = ? and municipality_code = ?")
        .params(caseId, municipalityCode).query(JdbcCaseFiles::caseFile).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseFile> findForProcessing(UUID caseId) {
    return jdbc.sql("select * from case_file where id = ?").param(caseId)
        .query(JdbcCaseFiles::caseFile).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CaseFile> findByNumber(String municipalityCode, String caseNumber) {
    return jdbc.sql("select * from case_file where case_number = ? and municipality_code = ?")
        .params(caseNumber, municipalityCode).query(JdbcCaseFiles::caseFile).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseFile> ofChildren(String municipalityCode, List<UUID> childIds) {
    if (childIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from case_file where municipality_code = :m and child_id in (:children)"
            + " order by opened_at desc")
        .param("m", municipalityCode).param("children", childIds)
        .query(JdbcCaseFiles::caseFile).list();
  }

  @Override
  public void advance(UUID caseId, CaseStatus status) {
    CaseFile current = lock(caseId);
    if (current.status().isAtLeast(status)) {
      return;
    }
    Instant now = clock.instant();
    jdbc.sql("update case_file set status = ?, updated_at = ? where id = ?")
        .params(status.name(), Timestamp.from(now), caseId).update();
    recordEvent(caseId, current.municipalityCode(), status, now);
  }

  @Override
  public CaseFile lock(UUID caseId) {
    return jdbc.sql("select * from case_file where id = ? for update").param(caseId)
        .query(JdbcCaseFiles::caseFile).optional()
        .orElseThrow(() -> new IllegalArgumentException("No case " + caseId));
  }

  @Override
  public boolean withdraw(UUID caseId) {
    CaseFile current = lock(caseId);
    if (!current.status().isWithdrawable()) {
      return false;
    }
    Instant now = clock.instant();
    jdbc.sql("update case_file set status = 'WITHDRAWN', updated_at = ? where id = ?")
        .params(Timestamp.from(now), caseId).update();
    recordEvent(caseId, current.municipalityCode(), CaseStatus.WITHDRAWN, now);
    return true;
  }

  @Override
  @Transactional(readOnly = true)
  public List<CaseEvent> history(UUID caseId) {
    return jdbc.sql("select occurred_at, status from case_event where case_id = ? order by id")
        .param(caseId)
        .query((rs, n) -> new CaseEvent(rs.getTimestamp("occurred_at").toInstant(),
            CaseStatus.valueOf(rs.getString("status"))))
        .list();
  }

  private void recordEvent(UUID caseId, String municipalityCode, CaseStatus status, Instant at) {
    jdbc.sql("insert into case_event (municipality_code, case_id, occurred_at, status) values (?, ?, ?, ?)")
        .params(municipalityCode, caseId, Timestamp.from(at), status.name()).update();
  }

  private static CaseFile caseFile(ResultSet rs, int row) throws SQLException {
    return new CaseFile(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getString("case_number"), rs.getString("case_type"), rs.getString("task_class_code"),
        rs.getObject("child_id", UUID.class), CaseStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }
}
