package fi.kanslia.cohort.internal;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.cohort.CohortAssignments;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.processes.SchoolPlaceCohortModel;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import fi.kanslia.workers.ports.CohortSteps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cohort runs: the official schedules one, the process assigns every child a neighbourhood school
 * and takes each child's decision, guardians answer, and after the deadline the answers are
 * recorded. Every step is idempotent per run and child.
 */
@Service
@Transactional
class CohortService implements CohortSteps, CohortAssignments {

  static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final LocalTime END_OF_DAY = LocalTime.of(16, 0);

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final Decisions decisions;
  private final ProcessCommands engine;
  private final Clock clock;
  private final String taskClassCode;
  private final TransactionTemplate transactions;

  CohortService(JdbcClient jdbc, CaseFiles cases, People people, Schools schools,
      Decisions decisions, ProcessCommands engine, Clock clock,
      @Value("${kanslia.records.neighbourhood-school.task-class-code}") String taskClassCode,
      PlatformTransactionManager transactionManager) {
    this.transactions = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.decisions = decisions;
    this.engine = engine;
    this.clock = clock;
    this.taskClassCode = taskClassCode;
  }

  @Override
  public UUID schedule(KansliaUser official, int cohortYear, LocalDate startDate,
      LocalDate assignmentDate, LocalDate acceptanceDeadline) {
    return scheduleRun(official, cohortYear, startDate, assignmentDate, acceptanceDeadline).id();
  }

  /** The official schedules the assignment of a cohort; the process waits for the date. */
  CohortRun scheduleRun(KansliaUser official, int cohortYear, LocalDate startDate,
      LocalDate assignmentDate, LocalDate acceptanceDeadline) {
    requireOfficial(official);
    LocalDate today = clock.instant().atZone(FINLAND).toLocalDate();
    if (cohortYear < today.getYear() - 16 || cohortYear > today.getYear()) {
      throw new InputRefusedException("cohortYear", "cohort.error.year");
    }
    if (startDate == null || assignmentDate == null || acceptanceDeadline == null) {
      throw new InputRefusedException("dates", "cohort.error.dates");
    }
    if (!acceptanceDeadline.isAfter(assignmentDate) || !startDate.isAfter(acceptanceDeadline)) {
      throw new InputRefusedException("dates", "cohort.error.order");
    }
    UUID id = UUID.randomUUID();
    Instant assignAt = assignmentDate.isAfter(today)
        ? assignmentDate.atStartOfDay(FINLAND).toInstant() : clock.instant();
    Instant deadline = acceptanceDeadline.atTime(END_OF_DAY).atZone(FINLAND).toInstant();
    String m = official.municipalityCode();
    jdbc.sql("insert into cohort_run (id, municipality_code, cohort_year, start_date,"
            + " assignment_date, acceptance_deadline, scheduled_by, scheduled_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, m, cohortYear, startDate, Timestamp.from(assignAt), Timestamp.from(deadline),
            official.userId(), Timestamp.from(clock.instant()))
        .update();
    engine.startProcess(m, SchoolPlaceCohortModel.START_MESSAGE, id.toString(), Map.of(
        SchoolPlaceCohortModel.RUN_ID_VARIABLE, id.toString(),
        SchoolPlaceCohortModel.MUNICIPALITY_VARIABLE, m,
        SchoolPlaceCohortModel.COHORT_YEAR_VARIABLE, cohortYear,
        SchoolPlaceCohortModel.ASSIGNMENT_DATE_VARIABLE, offset(assignAt),
        SchoolPlaceCohortModel.ACCEPTANCE_DEADLINE_VARIABLE, offset(deadline)));
    return run(id).orElseThrow();
  }

  @Override
  public int assignNeighbourhoodSchools(UUID runId) {
    CohortRun run = lockRun(runId);
    String m = run.municipalityCode();
    for (Person child : people.childrenBornIn(m, run.cohortYear())) {
      boolean assigned = jdbc.sql("select count(*) from cohort_assignment where run_id = ?"
          + " and child_id = ?").params(runId, child.id()).query(Long.class).single() > 0;
      if (assigned) {
        continue;
      }
      Optional<School> school = schools.neighbourhoodSchool(m, child.postalCode(), child.language());
      CaseFile caseFile = cases.open(m, schools.municipality(m).casePrefix(), CASE_TYPE,
          taskClassCode, child.id());
      jdbc.sql("insert into cohort_assignment (run_id, child_id, municipality_code, case_id,"
              + " school_id) values (?, ?, ?, ?, ?)")
          .params(runId, child.id(), m, caseFile.id(), school.map(School::id).orElse(null))
          .update();
    }
    int count = jdbc.sql("select count(*) from cohort_assignment where run_id = ?").param(runId)
        .query(Integer.class).single();
    jdbc.sql("update cohort_run set child_count = ? where id = ?").params(count, runId).update();
    return count;
  }

  @Override
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void issueNeighbourhoodDecisions(UUID runId) {
    CohortRun run = run(runId).orElseThrow(() -> new IllegalStateException("No cohort run " + runId));
    List<Assignment> pending = jdbc.sql("select * from cohort_assignment where run_id = ?"
            + " and decided_at is null and school_id is not null order by case_id")
        .param(runId).query(CohortService::assignment).list();
    // One transaction per child: a crash keeps the decisions already taken, and the retried job
    // continues with the rest.
    for (Assignment a : pending) {
      transactions.executeWithoutResult(status -> issue(run, a));
    }
  }

  private void issue(CohortRun run, Assignment a) {
    cases.lock(a.caseId());
    boolean decided = jdbc.sql("select decided_at is not null from cohort_assignment"
        + " where run_id = ? and child_id = ?").params(run.id(), a.childId())
        .query(Boolean.class).single();
    if (decided) {
      return;
    }
    // The decision and decided_at commit together, so a decision here means this child is done.
    if (decisions.forCase(a.caseId()).isEmpty()) {
      decisions.takeAndIssue(new TakeDecision(run.municipalityCode(), a.caseId(), DECISION_TYPE,
          Outcome.APPROVED, reasoning(run, a), run.scheduledBy()));
    }
    jdbc.sql("update cohort_assignment set decided_at = ? where run_id = ? and child_id = ?")
        .params(Timestamp.from(clock.instant()), run.id(), a.childId()).update();
  }

  /** The facts the decision rests on: the child's postal area and language (HL 45 §). */
  private String reasoning(CohortRun run, Assignment a) {
    Person child = people.find(run.municipalityCode(), a.childId()).orElseThrow();
    School school = schools.find(run.municipalityCode(), a.schoolId()).orElseThrow();
    return CohortDecisionTemplate.TEXTS.text("reasoning", java.util.Locale.of(school.language()),
        child.postalCode(), school.name(school.language()),
        "sv".equals(school.language()) ? "svenska" : "suomi");
  }

  @Override
  public void recordCohortResponses(UUID runId) {
    lockRun(runId);
    jdbc.sql("update cohort_assignment set response = 'NO_ANSWER', responded_at = ?"
            + " where run_id = ? and response is null and decided_at is not null")
        .params(Timestamp.from(clock.instant()), runId).update();
    jdbc.sql("update cohort_run set responses_recorded_at = ? where id = ?"
            + " and responses_recorded_at is null")
        .params(Timestamp.from(clock.instant()), runId).update();
  }

  /** A guardian accepts the place, or says they apply elsewhere, before the deadline. */
  void respond(KansliaUser guardian, UUID caseId, boolean accept) {
    Assignment a = forGuardian(guardian, caseId);
    CohortRun run = run(a.runId()).orElseThrow();
    if (run.responsesRecordedAt() != null || clock.instant().isAfter(run.acceptanceDeadline())) {
      throw new InputRefusedException("response", "cohort.error.deadline");
    }
    jdbc.sql("update cohort_assignment set response = ?, responded_at = ?, responded_by = ?"
            + " where case_id = ?")
        .params(accept ? "ACCEPTED" : "APPLIED_ELSEWHERE", Timestamp.from(clock.instant()),
            guardian.personId(), caseId)
        .update();
  }

  Assignment forGuardian(KansliaUser guardian, UUID caseId) {
    if (!guardian.is(Role.GUARDIAN) || guardian.personId() == null) {
      throw new AccessDeniedException("Only a guardian answers");
    }
    Assignment a = assignmentOfCase(guardian.municipalityCode(), caseId)
        .orElseThrow(() -> new AccessDeniedException("No such assignment"));
    if (!people.isGuardianOf(guardian.municipalityCode(), guardian.personId(), a.childId())) {
      throw new AccessDeniedException("Not a case of the guardian's children");
    }
    return a;
  }

  @Transactional(readOnly = true)
  Optional<Assignment> assignmentOfCase(String municipalityCode, UUID caseId) {
    return jdbc.sql("select * from cohort_assignment where case_id = ? and municipality_code = ?")
        .params(caseId, municipalityCode).query(CohortService::assignment).optional();
  }

  @Transactional(readOnly = true)
  Optional<CohortRun> run(UUID runId) {
    return jdbc.sql("select * from cohort_run where id = ?").param(runId)
        .query(CohortService::run).optional();
  }

  /** The municipality's runs with their progress, newest first. */
  @Transactional(readOnly = true)
  List<RunProgress> runs(KansliaUser official) {
    requireOfficial(official);
    return jdbc.sql("select r.*,"
            + " (select count(*) from cohort_assignment a where a.run_id = r.id) as assigned,"
            + " (select count(*) from cohort_assignment a where a.run_id = r.id and a.school_id is null) as unmatched,"
            + " (select count(*) from cohort_assignment a join decision d on d.case_id = a.case_id"
            + "    where a.run_id = r.id) as decided,"
            + " (select count(*) from cohort_assignment a join decision d on d.case_id = a.case_id"
            + "    where a.run_id = r.id and d.archive_object_id is not null) as archived,"
            + " (select count(*) from cohort_assignment a where a.run_id = r.id and a.response = 'ACCEPTED') as accepted,"
            + " (select count(*) from cohort_assignment a where a.run_id = r.id and a.response = 'APPLIED_ELSEWHERE') as elsewhere,"
            + " (select count(*) from cohort_assignment a where a.run_id = r.id and a.response = 'NO_ANSWER') as unanswered"
            + " from cohort_run r where r.municipality_code = ? order by r.scheduled_at desc")
        .param(official.municipalityCode())
        .query((rs, n) -> new RunProgress(run(rs, n), rs.getInt("assigned"), rs.getInt("unmatched"),
            rs.getInt("decided"), rs.getInt("archived"), rs.getInt("accepted"),
            rs.getInt("elsewhere"), rs.getInt("unanswered")))
        .list();
  }

  private CohortRun lockRun(UUID runId) {
    return jdbc.sql("select * from cohort_run where id = ? for update").param(runId)
        .query(CohortService::run).optional()
        .orElseThrow(() -> new IllegalStateException("No cohort run " + runId));
  }

  private static void requireOfficial(KansliaUser user) {
    if (!(user.is(Role.OFFICIAL) || user.is(Role.PRINCIPAL))) {
      throw new AccessDeniedException("Only officials schedule cohort assignments");
    }
  }

  private static String offset(Instant instant) {
    return instant.atZone(FINLAND).toOffsetDateTime().toString();
  }

  record CohortRun(UUID id, String municipalityCode, int cohortYear, LocalDate startDate,
      Instant assignmentDate, Instant acceptanceDeadline, UUID scheduledBy,
      Integer childCount, Instant responsesRecordedAt) {}

  record Assignment(UUID runId, UUID childId, UUID caseId, UUID schoolId, Instant decidedAt,
      String response) {}

  record RunProgress(CohortRun run, int assigned, int unmatched, int decided, int archived,
      int accepted, int appliedElsewhere, int unanswered) {}

  private static CohortRun run(ResultSet rs, int n) throws SQLException {
    Timestamp recorded = rs.getTimestamp("responses_recorded_at");
    return new CohortRun(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getInt("cohort_year"), rs.getObject("start_date", LocalDate.class),
        rs.getTimestamp("assignment_date").toInstant(),
        rs.getTimestamp("acceptance_deadline").toInstant(),
        rs.getObject("scheduled_by", UUID.class), (Integer) rs.getObject("child_count"),
        recorded == null ? null : recorded.toInstant());
  }

  private static Assignment assignment(ResultSet rs, int n) throws SQLException {
    Timestamp decided = rs.getTimestamp("decided_at");
    return new Assignment(rs.getObject("run_id", UUID.class), rs.getObject("child_id", UUID.class),
        rs.getObject("case_id", UUID.class), rs.getObject("school_id", UUID.class),
        decided == null ? null : decided.toInstant(), rs.getString("response"));
  }
}
