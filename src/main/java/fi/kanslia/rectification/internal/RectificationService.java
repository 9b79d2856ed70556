package fi.kanslia.rectification.internal;

import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.engine.ProcessCommands;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.StaffMember;
import fi.kanslia.identity.Role;
import fi.kanslia.notification.Notifications;
import fi.kanslia.rectification.RectificationRefusedException;
import fi.kanslia.rectification.RectificationRefusedException.Reason;
import fi.kanslia.rectification.RectificationRequest;
import fi.kanslia.rectification.RectificationRequests;
import fi.kanslia.workers.ports.OriginalDecisionAmendment;
import fi.kanslia.workers.ports.RectificationRouting;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class RectificationService implements RectificationRequests, RectificationRouting,
    OriginalDecisionAmendment {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final People people;
  private final Decisions decisions;
  private final Notifications notifications;
  private final SchoolPlaceApplications applications;
  private final ProcessCommands engine;
  private final Clock clock;

  RectificationService(JdbcClient jdbc, CaseFiles cases, People people, Decisions decisions,
      Notifications notifications, SchoolPlaceApplications applications, ProcessCommands engine,
      Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.people = people;
    this.decisions = decisions;
    this.notifications = notifications;
    this.applications = applications;
    this.engine = engine;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LocalDate> deadlineFor(KansliaUser guardian, UUID caseId) {
    CaseFile caseFile = ownCase(guardian, caseId);
    return decisions.forCase(caseFile.id()).flatMap(d -> notifications.forDecision(d.id()).stream()
        .filter(n -> n.recipientId().equals(guardian.personId())).findFirst()
        .map(n -> decisions.remedyDeadline(d.decisionType(), n.deemedNotifiedOn())));
  }

  @Override
  @Transactional(readOnly = true)
  public GuardianView forGuardian(KansliaUser guardian, UUID caseId) {
    return new GuardianView(of(caseId, guardian.personId()).orElse(null),
        deadlineFor(guardian, caseId).orElse(null), clock.instant().atZone(FINLAND).toLocalDate());
  }

  @Override
  public RectificationRequest file(KansliaUser guardian, UUID caseId, String text) {
    CaseFile caseFile = ownCase(guardian, caseId);
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new RectificationRefusedException(Reason.TEXT_MISSING);
    }
    if (body.length() > MAX_TEXT) {
      throw new RectificationRefusedException(Reason.TEXT_TOO_LONG);
    }
    LocalDate deadline = deadlineFor(guardian, caseId)
        .orElseThrow(() -> new RectificationRefusedException(Reason.NO_DECISION));
    String remedy = decisions.rules(decisions.forCase(caseId).orElseThrow().decisionType())
        .instructionKind();
    if (!"RECTIFICATION".equals(remedy)) {
      throw new RectificationRefusedException(Reason.APPEAL_INSTEAD);
    }
    if (clock.instant().atZone(FINLAND).toLocalDate().isAfter(deadline)) {
      throw new RectificationRefusedException(Reason.TOO_LATE);
    }
    UUID id = UUID.randomUUID();
    int inserted = jdbc.sql("insert into rectification_request (id, municipality_code, case_id,"
            + " requested_by, request_text, submitted_at, status) values (?, ?, ?, ?, ?, ?, 'RECEIVED')"
            + " on conflict (case_id, requested_by) do nothing")
        .params(id, caseFile.municipalityCode(), caseId, guardian.personId(), body,
            Timestamp.from(clock.instant()))
        .update();
    if (inserted == 0) {
      throw new RectificationRefusedException(Reason.ALREADY_FILED);
    }
    engine.startProcess(caseFile.municipalityCode(), caseId, START_MESSAGE, id.toString(), Map.of(
        "requestId", id.toString(), "caseId", caseId.toString(),
        "municipality", caseFile.municipalityCode(), "caseNumber", caseFile.caseNumber()));
    return find(id).orElseThrow();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RectificationRequest> of(UUID caseId, UUID personId) {
    return jdbc.sql("select * from rectification_request where case_id = ? and requested_by = ?")
        .params(caseId, personId).query(RectificationService::request).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<RectificationRequest> awaitingOutcome(KansliaUser official) {
    UUID unit = requireUnit(official);
    return jdbc.sql("select * from rectification_request where municipality_code = ?"
            + " and status = 'FORWARDED' order by submitted_at")
        .param(official.municipalityCode()).query(RectificationService::request).list().stream()
        .filter(r -> unit.equals(decidingUnit(r)))
        .toList();
  }

  /** The unit whose staff took the decision the request is about; it records the outcome. */
  private UUID decidingUnit(RectificationRequest request) {
    return decisions.forCase(request.caseId())
        .flatMap(d -> people.staffMember(request.municipalityCode(), d.decidedBy()))
        .map(StaffMember::schoolId).orElse(null);
  }

  @Override
  public void recordOutcome(KansliaUser official, UUID requestId, boolean granted, String reference) {
    RectificationRequest request = awaitingOutcome(official).stream()
        .filter(r -> r.id().equals(requestId)).findFirst()
        .orElseThrow(() -> new AccessDeniedException("No such request awaiting an outcome in your unit"));
    String outcome = granted ? "GRANTED" : "DENIED";
    jdbc.sql("update rectification_request set status = ?, outcome_reference = ?,"
            + " outcome_recorded_at = ?, outcome_recorded_by = ? where id = ? and status = 'FORWARDED'")
        .params(outcome, reference == null ? null : reference.strip(),
            Timestamp.from(clock.instant()), official.userId(), requestId)
        .update();
    engine.publishMessage(request.municipalityCode(), request.caseId(), OUTCOME_MESSAGE,
        requestId.toString(), "outcome-" + requestId, Map.of("outcome", outcome));
  }

  /** The embedded default records the routing; an adapter to the authority's intake comes later. */
  @Override
  public void forward(UUID requestId) {
    RectificationRequest request = find(requestId)
        .orElseThrow(() -> new IllegalStateException("No rectification request " + requestId));
    DecisionSummary decision = decisions.forCase(request.caseId()).orElseThrow();
    String authority = decisions.rules(decision.decisionType()).authority().name("fi");
    jdbc.sql("update rectification_request set status = 'FORWARDED', authority = ?, forwarded_at = ?"
            + " where id = ? and status = 'RECEIVED'")
        .params(authority, Timestamp.from(clock.instant()), requestId)
        .update();
  }

  @Override
  public void amend(UUID requestId) {
    RectificationRequest request = find(requestId)
        .orElseThrow(() -> new IllegalStateException("No rectification request " + requestId));
    if (request.status() != RectificationRequest.Status.GRANTED) {
      return;
    }
    DecisionSummary decision = decisions.forCase(request.caseId()).orElseThrow();
    if ((Decisions.SCHOOL_PLACE.equals(decision.decisionType())
        || Decisions.SECONDARY_PLACE.equals(decision.decisionType()))
        && decision.outcome() == Outcome.REJECTED) {
      applications.placeInRequestedSchool(request.caseId());
    }
    cases.advance(request.caseId(), CaseStatus.RECTIFIED);
  }

  private Optional<RectificationRequest> find(UUID id) {
    return jdbc.sql("select * from rectification_request where id = ?").param(id)
        .query(RectificationService::request).optional();
  }

  private CaseFile ownCase(KansliaUser guardian, UUID caseId) {
    return cases.find(guardian.municipalityCode(), caseId)
        .filter(c -> guardian.is(Role.GUARDIAN) && guardian.personId() != null
            && people.isGuardianOf(guardian.municipalityCode(), guardian.personId(), c.childId()))
        .orElseThrow(() -> new AccessDeniedException("Not a case of the guardian's children"));
  }

  private static UUID requireUnit(KansliaUser official) {
    if (!(official.is(Role.OFFICIAL) || official.is(Role.PRINCIPAL)) || official.schoolId() == null) {
      throw new AccessDeniedException("Only an official of a unit records rectification outcomes");
    }
    return official.schoolId();
  }

  private static RectificationRequest request(ResultSet rs, int row) throws SQLException {
    return new RectificationRequest(rs.getObject("id", UUID.class), rs.getString("municipality_code"),
        rs.getObject("case_id", UUID.class), rs.getObject("requested_by", UUID.class),
        rs.getString("request_text"), rs.getTimestamp("submitted_at").toInstant(),
        RectificationRequest.Status.valueOf(rs.getString("status")), rs.getString("authority"),
        rs.getString("outcome_reference"));
  }
}
