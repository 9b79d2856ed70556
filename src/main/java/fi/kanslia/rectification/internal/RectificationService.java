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
import fi.kanslia.identity.Role;
import fi.kanslia.notification.Notifications;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.rectification.RectificationRefusedException;
import fi.kanslia.rectification.RectificationRefusedException.Reason;
import fi.kanslia.rectification.RectificationRequest;
import fi.kanslia.rectification.RectificationRequests;
import fi.kanslia.workers.ports.OriginalDecisionAmendment;
import fi.kanslia.workers.ports.RectificationRouting;
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
  private final RectificationStore store;
  private final ImplementingDecisions implementing;
  private final Clock clock;

  RectificationService(JdbcClient jdbc, CaseFiles cases, People people, Decisions decisions,
      Notifications notifications, SchoolPlaceApplications applications, ProcessCommands engine,
      RectificationStore store, ImplementingDecisions implementing, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.people = people;
    this.decisions = decisions;
    this.notifications = notifications;
    this.applications = applications;
    this.engine = engine;
    this.store = store;
    this.implementing = implementing;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<LocalDate> deadlineFor(KansliaUser guardian, UUID caseId) {
    CaseFile caseFile = ownCase(guardian, caseId);
    return decisions.forCase(caseFile.id()).flatMap(d -> notifications.forDecision(d.id()).stream()
        .filter(n -> n.recipientId().equals(guardian.personId())).findFirst()
        .filter(n -> n.deemedNotifiedOn() != null)
        .map(n -> decisions.remedyDeadline(d.decisionType(), n.deemedNotifiedOn())));
  }

  @Override
  @Transactional(readOnly = true)
  public GuardianView forGuardian(KansliaUser guardian, UUID caseId) {
    boolean byRectification = decisions.forCase(caseId)
        .map(d -> "RECTIFICATION".equals(decisions.rules(d).instructionKind())).orElse(false);
    return new GuardianView(of(caseId, guardian.personId()).orElse(null),
        deadlineFor(guardian, caseId).orElse(null), clock.instant().atZone(FINLAND).toLocalDate(),
        byRectification);
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
    String remedy = decisions.rules(decisions.forCase(caseId).orElseThrow()).instructionKind();
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
    return store.find(id).orElseThrow();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RectificationRequest> of(UUID caseId, UUID personId) {
    return jdbc.sql("select * from rectification_request where case_id = ? and requested_by = ?")
        .params(caseId, personId).query(RectificationStore::request).optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<RectificationRequest> awaitingOutcome(KansliaUser official) {
    UUID unit = ImplementingDecisions.requireUnit(official);
    return jdbc.sql("select * from rectification_request where municipality_code = ?"
            + " and status = 'FORWARDED' order by submitted_at")
        .param(official.municipalityCode()).query(RectificationStore::request).list().stream()
        .filter(r -> unit.equals(implementing.decidingUnit(r)))
        .toList();
  }

  @Override
  public void recordOutcome(KansliaUser official, UUID requestId, boolean granted, String reference,
      LocalDate authorityDecidedOn) {
    RectificationRequest request = awaitingOutcome(official).stream()
        .filter(r -> r.id().equals(requestId)).findFirst()
        .orElseThrow(() -> new AccessDeniedException("No such request awaiting an outcome in your unit"));
    String citation = reference == null ? "" : reference.strip();
    if (citation.isEmpty() || citation.length() > 100) {
      throw new InputRefusedException("reference", "rectification.referenceRequired");
    }
    LocalDate today = clock.instant().atZone(FINLAND).toLocalDate();
    if (authorityDecidedOn == null || authorityDecidedOn.isAfter(today)
        || authorityDecidedOn.isBefore(request.submittedAt().atZone(FINLAND).toLocalDate())) {
      throw new InputRefusedException("decided-on", "rectification.decidedOnInvalid");
    }
    String outcome = granted ? "GRANTED" : "DENIED";
    jdbc.sql("update rectification_request set status = ?, outcome_reference = ?,"
            + " authority_decided_on = ?, outcome_recorded_at = ?, outcome_recorded_by = ?"
            + " where id = ? and status = 'FORWARDED'")
        .params(outcome, citation, authorityDecidedOn, Timestamp.from(clock.instant()),
            official.userId(), requestId)
        .update();
    engine.publishMessage(request.municipalityCode(), request.caseId(), OUTCOME_MESSAGE,
        requestId.toString(), "outcome-" + requestId, Map.of("outcome", outcome));
  }

  /** The embedded default records the routing; an adapter to the authority's intake comes later. */
  @Override
  public void forward(UUID requestId) {
    RectificationRequest request = store.find(requestId)
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
    RectificationRequest request = store.find(requestId)
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
    implementing.openCase(requestId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<RectificationRequest> toImplement(KansliaUser official) {
    return implementing.toImplement(official);
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> implementationSnippets(KansliaUser official, UUID requestId) {
    return implementing.snippets(official, requestId);
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] previewImplementation(KansliaUser official, UUID requestId, String reasoning) {
    return implementing.preview(official, requestId, reasoning);
  }

  @Override
  public UUID implement(KansliaUser official, UUID requestId, String reasoning) {
    return implementing.implement(official, requestId, reasoning);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RectificationRequest> implementedBy(UUID implementingCaseId) {
    return store.implementedBy(implementingCaseId);
  }

  private CaseFile ownCase(KansliaUser guardian, UUID caseId) {
    return cases.find(guardian.municipalityCode(), caseId)
        .filter(c -> guardian.is(Role.GUARDIAN) && guardian.personId() != null
            && people.isGuardianOf(guardian.municipalityCode(), guardian.personId(), c.childId()))
        .orElseThrow(() -> new AccessDeniedException("Not a case of the guardian's children"));
  }
}
