package fi.kanslia.support.internal;

import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.DecisionRecipient;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import fi.kanslia.support.SupportCases;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Support cases: the staff's and the principal's acts, the parties' hearing answers, and the
 * process's steps. Every act checks who may do it, changes the database and queues the process
 * message in one transaction; every process step is idempotent.
 */
@Service
@Transactional
class SupportService implements SupportCases {

  static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  /** Deadlines and review dates fall at the end of the office day. */
  static final LocalTime END_OF_DAY = LocalTime.of(16, 0);

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final Decisions decisions;
  private final ProcessCommands engine;
  private final AuditLog audit;
  private final SupportProperties properties;
  private final Clock clock;
  private final String taskClassCode;

  SupportService(JdbcClient jdbc, CaseFiles cases, People people, Schools schools,
      Decisions decisions, ProcessCommands engine, AuditLog audit, SupportProperties properties,
      Clock clock, @Value("${kanslia.records.support.task-class-code}") String taskClassCode) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.decisions = decisions;
    this.engine = engine;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
    this.taskClassCode = taskClassCode;
  }

  // ---- the staff's and the principal's acts ----

  /** A member of the school's staff opens a support case for a pupil of the municipality. */
  CaseFile start(KansliaUser staff, UUID pupilId, String reason) {
    UUID school = requireStaffOfAUnit(staff);
    String m = staff.municipalityCode();
    Person pupil = people.find(m, pupilId)
        .orElseThrow(() -> new IllegalArgumentException("No such pupil in the municipality"));
    return open(m, pupil.id(), school, staff.userId(), requireText(reason), null);
  }

  CaseFile open(String m, UUID pupilId, UUID schoolId, UUID initiatedBy, String reason,
      UUID previousCaseId) {
    CaseFile caseFile = cases.open(m, schools.municipality(m).casePrefix(), CASE_TYPE,
        taskClassCode, pupilId);
    jdbc.sql("insert into support_case (case_id, municipality_code, pupil_id, school_id,"
            + " initiated_by, initiated_at, initiation_reason, previous_case_id, stage)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, 'STARTING')")
        .params(caseFile.id(), m, pupilId, schoolId, initiatedBy, now(), reason, previousCaseId)
        .update();
    engine.startProcess(m, caseFile.id(), SupportProcess.START_MESSAGE, caseFile.id().toString(),
        Map.of("caseId", caseFile.id().toString(), "municipality", m,
            "caseNumber", caseFile.caseNumber(),
            "decisionEscalationAfter", properties.decisionEscalationAfter().toString()));
    return caseFile;
  }

  /** The needs assessment; any pupil-level measure makes it a case for a decision. */
  void assessNeeds(KansliaUser staff, UUID caseId, Set<Measure> measures, String assessment) {
    SupportCase sc = lockForStaff(staff, caseId);
    requireStage(sc, Stage.NEEDS_ASSESSMENT);
    if (measures.isEmpty()) {
      throw new InputRefusedException("measures", "support.error.measures");
    }
    String level = measures.stream().anyMatch(Measure::pupilLevel) ? "PUPIL" : "GROUP";
    jdbc.sql("update support_case set needs_assessment = ?, measures = ?, support_level = ?,"
            + " assessed_by = ?, assessed_at = ? where case_id = ?")
        .params(requireText(assessment, "assessment"), measures.stream().map(Enum::name)
                .sorted().toArray(String[]::new), level, staff.userId(), now(), caseId)
        .update();
    cases.advance(caseId, CaseStatus.IN_REVIEW);
    engine.publishMessage(sc.municipalityCode(), caseId, SupportProcess.ASSESSED_MESSAGE,
        caseId.toString(), SupportProcess.ASSESSED_MESSAGE + ":" + caseId,
        Map.of("supportLevel", level));
  }

  /** The support plan: the goals and arrangements, and when support starts. */
  @Override
  public void plan(KansliaUser staff, UUID caseId, String plan, LocalDate start) {
    SupportCase sc = lockForStaff(staff, caseId);
    requireStage(sc, Stage.SUPPORT_PLAN);
    if (start == null) {
      throw new InputRefusedException("start", "support.error.start");
    }
    jdbc.sql("update support_case set support_plan = ?, support_start = ?, planned_by = ?,"
            + " planned_at = ? where case_id = ?")
        .params(requireText(plan, "plan"), start, staff.userId(), now(), caseId).update();
    engine.publishMessage(sc.municipalityCode(), caseId, SupportProcess.PLANNED_MESSAGE,
        caseId.toString(), SupportProcess.PLANNED_MESSAGE + ":" + caseId, Map.of());
  }

  /** A guardian answers their own hearing request. */
  void answer(KansliaUser guardian, UUID caseId, String answer) {
    SupportCase sc = lockForGuardian(guardian, caseId);
    recordAnswer(sc, guardian.personId(), requireText(answer, "answer"), null);
  }

  /** Staff record an answer a party gave orally or on paper (e.g. a pupil without an account). */
  void recordAnswerFor(KansliaUser staff, UUID caseId, UUID partyId, String answer) {
    SupportCase sc = lockForStaff(staff, caseId);
    recordAnswer(sc, partyId, requireText(answer, "answer"), staff.userId());
  }

  private void recordAnswer(SupportCase sc, UUID partyId, String answer, UUID recordedBy) {
    if (sc.stage() != Stage.HEARING || sc.hearingClosedAt() != null
        || sc.unansweredRecordedAt() != null) {
      throw new InputRefusedException("answer", "support.error.hearingClosed");
    }
    int updated = jdbc.sql("update hearing_request set answer = ?, answered_at = ?,"
            + " answer_recorded_by = ? where case_id = ? and party_id = ? and answered_at is null")
        .params(answer, now(), recordedBy, sc.caseId(), partyId).update();
    if (updated == 0) {
      throw new InputRefusedException("answer", "support.error.alreadyAnswered");
    }
    boolean allAnswered = hearings(sc.caseId()).stream().allMatch(HearingRequest::answered);
    if (allAnswered) {
      jdbc.sql("update support_case set hearing_closed_at = ? where case_id = ?")
          .params(now(), sc.caseId()).update();
      engine.publishMessage(sc.municipalityCode(), sc.caseId(), SupportProcess.HEARING_CLOSED_MESSAGE,
          sc.caseId().toString(), SupportProcess.HEARING_CLOSED_MESSAGE + ":" + sc.caseId(), Map.of());
    }
  }

  /** The principal's decision; support is enforceable at once and reviewed on the review date. */
  void decide(KansliaUser principal, UUID caseId, Outcome outcome, String reasoning,
      LocalDate reviewDate) {
    SupportCase sc = lockForPrincipal(principal, caseId);
    requireStage(sc, Stage.PRINCIPAL_DECISION);
    LocalDate today = today();
    if (reviewDate == null || !reviewDate.isAfter(today)) {
      throw new InputRefusedException("reviewDate", "support.error.reviewDate");
    }
    jdbc.sql("update support_case set review_date = ?, stage = 'DECIDED' where case_id = ?")
        .params(reviewDate, caseId).update();
    decisions.take(takeDecision(principal, caseId, outcome, reasoning));
    cases.advance(caseId, CaseStatus.DECIDED);
    engine.publishMessage(sc.municipalityCode(), caseId, SupportProcess.DECIDED_MESSAGE,
        caseId.toString(), SupportProcess.DECIDED_MESSAGE + ":" + caseId,
        Map.of("reviewDate", endOfDay(reviewDate)));
  }

  /** The document as the principal's decision would issue it, for reading before deciding. */
  byte[] preview(KansliaUser principal, UUID caseId, Outcome outcome, String reasoning,
      LocalDate reviewDate) {
    SupportCase sc = lockForPrincipal(principal, caseId);
    requireStage(sc, Stage.PRINCIPAL_DECISION);
    // The document shows the review date: render with it set, then roll the change back.
    TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
    jdbc.sql("update support_case set review_date = ? where case_id = ?")
        .params(reviewDate, caseId).update();
    return decisions.preview(takeDecision(principal, caseId, outcome, reasoning));
  }

  private static TakeDecision takeDecision(KansliaUser principal, UUID caseId, Outcome outcome,
      String reasoning) {
    if (outcome == null) {
      throw new InputRefusedException("outcome", "support.error.outcome");
    }
    return new TakeDecision(principal.municipalityCode(), caseId, Decisions.SUPPORT, outcome,
        requireText(reasoning, "reasoning"), principal.userId());
  }

  /** The review on the review date: support continues until the next review, or needs changed. */
  void review(KansliaUser staff, UUID caseId, boolean needsChanged, LocalDate nextReview,
      String note) {
    SupportCase sc = lockForStaff(staff, caseId);
    requireStage(sc, Stage.REVIEW);
    if (!needsChanged && (nextReview == null || !nextReview.isAfter(today()))) {
      throw new InputRefusedException("reviewDate", "support.error.reviewDate");
    }
    LocalDate next = needsChanged ? today().plusDays(1) : nextReview;
    jdbc.sql("update support_case set last_reviewed_at = ?, review_note = ?, review_date = ?,"
            + " stage = ? where case_id = ?")
        .params(now(), requireText(note, "note"), next,
            needsChanged ? Stage.FOLLOWED_UP.name() : Stage.DECIDED.name(), caseId)
        .update();
    engine.publishMessage(sc.municipalityCode(), caseId, SupportProcess.REVIEWED_MESSAGE,
        caseId.toString(), SupportProcess.REVIEWED_MESSAGE + ":" + caseId + ":" + clock.instant().toEpochMilli(),
        Map.of("needsChanged", needsChanged, "reviewDate", endOfDay(next)));
  }

  @Override
  public UUID open(KansliaUser staff, UUID pupilId, String reason) {
    return start(staff, pupilId, reason).id();
  }

  @Override
  public void assess(KansliaUser staff, UUID caseId, Set<String> measures, String assessment) {
    java.util.EnumSet<Measure> set = java.util.EnumSet.noneOf(Measure.class);
    measures.forEach(name -> set.add(Measure.valueOf(name)));
    assessNeeds(staff, caseId, set, assessment);
  }

  @Override
  @Transactional(readOnly = true)
  public String stage(String municipalityCode, UUID caseId) {
    return find(municipalityCode, caseId).map(sc -> sc.stage().name())
        .orElseThrow(() -> new IllegalArgumentException("No support case " + caseId));
  }

  // ---- reads ----

  /** The cases of the user's unit, newest first. */
  @Transactional(readOnly = true)
  List<SupportCase> desk(KansliaUser staff) {
    UUID school = requireStaffOfAUnit(staff);
    return jdbc.sql("select * from support_case where municipality_code = ? and school_id = ?"
            + " order by initiated_at desc")
        .params(staff.municipalityCode(), school).query(SupportRows::supportCase).list();
  }

  /** One case for its unit's staff or the pupil's guardian; the read is audit-logged. */
  SupportCase view(KansliaUser user, UUID caseId) {
    SupportCase sc = find(user.municipalityCode(), caseId)
        .orElseThrow(() -> new AccessDeniedException("No such support case"));
    boolean staffOfUnit = (user.is(Role.OFFICIAL) || user.is(Role.PRINCIPAL))
        && sc.schoolId().equals(user.schoolId());
    boolean guardian = user.is(Role.GUARDIAN) && user.personId() != null
        && people.isGuardianOf(sc.municipalityCode(), user.personId(), sc.pupilId());
    if (!staffOfUnit && !guardian) {
      throw new AccessDeniedException("The support case is confidential");
    }
    audit.record(new AuditEvent(user.municipalityCode(), user.auditName(), "READ", "support-case",
        cases.find(sc.municipalityCode(), caseId).orElseThrow().caseNumber(),
        staffOfUnit ? "Staff of the pupil's unit handle the support case"
            : "Guardian follows their child's support case"));
    return sc;
  }

  @Transactional(readOnly = true)
  List<HearingRequest> hearings(UUID caseId) {
    return jdbc.sql("select * from hearing_request where case_id = ? order by party_role, party_id")
        .param(caseId).query(SupportRows::hearing).list();
  }

  @Override
  @Transactional(readOnly = true)
  public List<OpenHearing> openHearings(String municipalityCode, UUID personId) {
    return jdbc.sql("select h.case_id, c.case_number, h.deadline from hearing_request h"
            + " join case_file c on c.id = h.case_id join support_case s on s.case_id = h.case_id"
            + " where h.municipality_code = ? and h.party_id = ? and h.answered_at is null"
            + " and s.stage = 'HEARING' and s.unanswered_recorded_at is null order by h.deadline")
        .params(municipalityCode, personId)
        .query((rs, n) -> new OpenHearing(rs.getObject("case_id", UUID.class),
            rs.getString("case_number"), rs.getTimestamp("deadline").toInstant()))
        .list();
  }

  Optional<SupportCase> find(String municipalityCode, UUID caseId) {
    return jdbc.sql("select * from support_case where case_id = ? and municipality_code = ?")
        .params(caseId, municipalityCode).query(SupportRows::supportCase).optional();
  }

  /** Each guardian, and the pupil when aged 15 or over (HL 14 §, 34 §). */
  List<Person> partiesToHear(SupportCase sc) {
    List<Person> parties = new java.util.ArrayList<>(
        people.guardiansOf(sc.municipalityCode(), sc.pupilId()));
    Person pupil = people.find(sc.municipalityCode(), sc.pupilId()).orElseThrow();
    if (DecisionRecipient.hasOwnStanding(pupil.birthDate(), today())) {
      parties.add(pupil);
    }
    return parties;
  }

  // ---- access and helpers ----

  SupportCase lock(UUID caseId) {
    cases.lock(caseId);
    return jdbc.sql("select * from support_case where case_id = ?").param(caseId)
        .query(SupportRows::supportCase).optional()
        .orElseThrow(() -> new IllegalStateException("No support case " + caseId));
  }

  private SupportCase lockForStaff(KansliaUser staff, UUID caseId) {
    UUID school = requireStaffOfAUnit(staff);
    SupportCase sc = lock(caseId);
    if (!sc.municipalityCode().equals(staff.municipalityCode()) || !sc.schoolId().equals(school)) {
      throw new AccessDeniedException("The support case belongs to another unit");
    }
    return sc;
  }

  private SupportCase lockForPrincipal(KansliaUser principal, UUID caseId) {
    if (!principal.is(Role.PRINCIPAL)) {
      throw new AccessDeniedException("Only the principal decides on support");
    }
    return lockForStaff(principal, caseId);
  }

  private SupportCase lockForGuardian(KansliaUser guardian, UUID caseId) {
    if (!guardian.is(Role.GUARDIAN) || guardian.personId() == null) {
      throw new AccessDeniedException("Only a guardian answers a hearing request");
    }
    SupportCase sc = lock(caseId);
    if (!sc.municipalityCode().equals(guardian.municipalityCode())
        || !people.isGuardianOf(sc.municipalityCode(), guardian.personId(), sc.pupilId())) {
      throw new AccessDeniedException("Not a case of the guardian's children");
    }
    return sc;
  }

  private static UUID requireStaffOfAUnit(KansliaUser user) {
    if (!(user.is(Role.OFFICIAL) || user.is(Role.PRINCIPAL)) || user.schoolId() == null) {
      throw new AccessDeniedException("Only the staff of a unit handle support cases");
    }
    return user.schoolId();
  }

  private static void requireStage(SupportCase sc, Stage expected) {
    if (sc.stage() != expected) {
      throw new InputRefusedException("stage", "support.error.stage");
    }
  }

  private static String requireText(String text) {
    return requireText(text, "reason");
  }

  private static String requireText(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InputRefusedException(field, "support.error.required");
    }
    return text.strip();
  }

  private static String endOfDay(LocalDate day) {
    return day.atTime(END_OF_DAY).atZone(FINLAND).toOffsetDateTime().toString();
  }

  LocalDate today() {
    return clock.instant().atZone(FINLAND).toLocalDate();
  }

  Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  School school(SupportCase sc) {
    return schools.find(sc.municipalityCode(), sc.schoolId()).orElseThrow();
  }
}
