package fi.kanslia.admission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads of rounds, programmes, applications and preferences; every query states its tenant. */
@Component
class AdmissionStore {

  private final JdbcClient jdbc;

  AdmissionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Round> round(String municipalityCode, UUID roundId) {
    return jdbc.sql("select * from admission_round where id = ? and municipality_code = ?")
        .params(roundId, municipalityCode).query(AdmissionStore::round).optional();
  }

  /** For the process's steps, which carry only the round id. */
  Round roundForProcessing(UUID roundId) {
    return jdbc.sql("select * from admission_round where id = ?").param(roundId)
        .query(AdmissionStore::round).optional()
        .orElseThrow(() -> new IllegalStateException("No admission round " + roundId));
  }

  /** Locks the round row for the rest of the transaction. */
  Round lockRound(UUID roundId) {
    return jdbc.sql("select * from admission_round where id = ? for update").param(roundId)
        .query(AdmissionStore::round).optional()
        .orElseThrow(() -> new IllegalStateException("No admission round " + roundId));
  }

  List<Round> rounds(String municipalityCode) {
    return jdbc.sql("select * from admission_round where municipality_code = ?"
            + " order by created_at desc")
        .param(municipalityCode).query(AdmissionStore::round).list();
  }

  List<Round> roundsInStage(String municipalityCode, Stage stage) {
    return jdbc.sql("select * from admission_round where municipality_code = ? and stage = ?"
            + " order by application_closes")
        .params(municipalityCode, stage.name()).query(AdmissionStore::round).list();
  }

  void setStage(UUID roundId, Stage stage) {
    jdbc.sql("update admission_round set stage = ? where id = ?").params(stage.name(), roundId)
        .update();
  }

  List<Programme> programmes(UUID roundId) {
    return jdbc.sql("select * from admission_programme where round_id = ? order by position")
        .param(roundId).query(AdmissionStore::programme).list();
  }

  Optional<Application> application(String municipalityCode, UUID caseId) {
    return jdbc.sql("select * from admission_application where case_id = ? and municipality_code = ?")
        .params(caseId, municipalityCode).query(AdmissionStore::application).optional();
  }

  Application applicationForProcessing(UUID caseId) {
    return jdbc.sql("select * from admission_application where case_id = ?").param(caseId)
        .query(AdmissionStore::application).single();
  }

  List<Application> applications(UUID roundId) {
    return jdbc.sql("select a.* from admission_application a join case_file c on c.id = a.case_id"
            + " where a.round_id = ? order by a.submitted_at, c.case_number")
        .param(roundId).query(AdmissionStore::application).list();
  }

  List<Preference> preferences(UUID caseId) {
    return jdbc.sql("select * from admission_preference where case_id = ? order by rank")
        .param(caseId).query(AdmissionStore::preference).list();
  }

  List<Preference> preferencesOfRound(UUID roundId) {
    return jdbc.sql("select p.* from admission_preference p join admission_application a"
            + " on a.case_id = p.case_id where a.round_id = ? order by p.case_id, p.rank")
        .param(roundId).query(AdmissionStore::preference).list();
  }

  private static Round round(ResultSet rs, int n) throws SQLException {
    return new Round(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getString("name"), rs.getInt("max_preferences"), instant(rs, "application_opens"),
        instant(rs, "application_closes"), instant(rs, "acceptance_deadline"),
        instant(rs, "vacancy_closing_date"), rs.getLong("seed"),
        Stage.valueOf(rs.getString("stage")), rs.getInt("latest_run"),
        (Integer) rs.getObject("rerun_requested_of"), (Integer) rs.getObject("published_run"),
        rs.getObject("run_published_by", UUID.class));
  }

  private static Programme programme(ResultSet rs, int n) throws SQLException {
    return new Programme(rs.getObject("id", UUID.class), rs.getObject("round_id", UUID.class),
        rs.getObject("school_id", UUID.class), rs.getString("programme_type"),
        rs.getInt("capacity"), rs.getInt("reserved_seats"), rs.getInt("position"));
  }

  private static Application application(ResultSet rs, int n) throws SQLException {
    return new Application(rs.getObject("case_id", UUID.class),
        rs.getObject("round_id", UUID.class), rs.getString("municipality_code"),
        rs.getObject("child_id", UUID.class), rs.getObject("guardian_id", UUID.class),
        instant(rs, "submitted_at"), rs.getObject("placed_programme_id", UUID.class),
        rs.getString("answer"));
  }

  private static Preference preference(ResultSet rs, int n) throws SQLException {
    return new Preference(rs.getObject("case_id", UUID.class),
        rs.getObject("programme_id", UUID.class), rs.getInt("rank"),
        rs.getBoolean("sibling_in_programme"), rs.getBoolean("reserved_eligible"),
        instant(rs, "test_at"), rs.getBigDecimal("score"), rs.getBoolean("absent"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
