package fi.kanslia.rectification.internal;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Role;
import fi.kanslia.identity.StaffMember;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.rectification.RectificationRequest;
import fi.kanslia.rectification.RectificationRequests;
import fi.kanslia.school.Schools;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The municipality's decision that implements a granted rectification request: a case of its own
 * (a case has one decision), opened when the process amends the original case, decided by an
 * official of the unit that took the original decision, and issued like every decision
 * (decision-issuance.bpmn: sign, notify each party, archive).
 */
@Component
class ImplementingDecisions {

  static final int MAX_REASONING = 8000;

  private final RectificationStore store;
  private final JdbcClient jdbc;
  private final CaseFiles cases;
  private final Schools schools;
  private final People people;
  private final Decisions decisions;

  ImplementingDecisions(RectificationStore store, JdbcClient jdbc, CaseFiles cases, Schools schools,
      People people, Decisions decisions) {
    this.store = store;
    this.jdbc = jdbc;
    this.cases = cases;
    this.schools = schools;
    this.people = people;
    this.decisions = decisions;
  }

  /** Opens the implementing case of a granted request, once however often the step runs. */
  void openCase(UUID requestId) {
    RectificationRequest request = store.lock(requestId);
    if (request.status() != RectificationRequest.Status.GRANTED
        || request.implementingCaseId() != null) {
      return;
    }
    String m = request.municipalityCode();
    CaseFile original = cases.findForProcessing(request.caseId()).orElseThrow();
    CaseFile opened = cases.open(m, schools.municipality(m).casePrefix(),
        RectificationRequests.IMPLEMENTING_CASE_TYPE, original.taskClassCode(), original.childId());
    cases.advance(opened.id(), CaseStatus.IN_REVIEW);
    jdbc.sql("update rectification_request set implementing_case_id = ? where id = ?")
        .params(opened.id(), requestId).update();
  }

  List<RectificationRequest> toImplement(KansliaUser official) {
    UUID unit = requireUnit(official);
    return jdbc.sql("select * from rectification_request where municipality_code = ?"
            + " and status = 'GRANTED' and implementing_case_id is not null"
            + " and not exists (select 1 from decision d where d.case_id = implementing_case_id)"
            + " order by outcome_recorded_at")
        .param(official.municipalityCode()).query(RectificationStore::request).list().stream()
        .filter(r -> unit.equals(decidingUnit(r)))
        .toList();
  }

  List<String> snippets(KansliaUser official, UUID requestId) {
    RectificationRequest request = pending(official, requestId);
    String language = decisions.forCase(request.caseId()).orElseThrow().language();
    return decisions.reasoningSnippets(Decisions.RECTIFICATION_OUTCOME, language);
  }

  byte[] preview(KansliaUser official, UUID requestId, String reasoning) {
    return decisions.preview(draft(official, pending(official, requestId), reasoning));
  }

  UUID implement(KansliaUser official, UUID requestId, String reasoning) {
    RectificationRequest request = pending(official, requestId);
    UUID caseId = request.implementingCaseId();
    TakeDecision draft = draft(official, request, reasoning);
    cases.lock(caseId);
    if (decisions.forCase(caseId).isEmpty()) {
      decisions.takeAndIssue(draft);
    }
    return caseId;
  }

  /** The unit whose staff took the decision the request is about; it records and implements. */
  UUID decidingUnit(RectificationRequest request) {
    return decisions.forCase(request.caseId())
        .flatMap(d -> people.staffMember(request.municipalityCode(), d.decidedBy()))
        .map(StaffMember::schoolId).orElse(null);
  }

  static UUID requireUnit(KansliaUser official) {
    if (!(official.is(Role.OFFICIAL) || official.is(Role.PRINCIPAL)) || official.schoolId() == null) {
      throw new AccessDeniedException("Only an official of a unit handles rectification outcomes");
    }
    return official.schoolId();
  }

  /** A granted request of the official's unit whose implementing decision is not yet taken. */
  private RectificationRequest pending(KansliaUser official, UUID requestId) {
    return toImplement(official).stream().filter(r -> r.id().equals(requestId)).findFirst()
        .orElseThrow(() -> new AccessDeniedException("No such request to implement in your unit"));
  }

  private static TakeDecision draft(KansliaUser official, RectificationRequest request,
      String reasoning) {
    if (reasoning == null || reasoning.isBlank()) {
      throw new InputRefusedException("reasoning", "official.reasoningRequired");
    }
    if (reasoning.strip().length() > MAX_REASONING) {
      throw new InputRefusedException("reasoning", "official.reasoningRequired");
    }
    return new TakeDecision(request.municipalityCode(), request.implementingCaseId(),
        Decisions.RECTIFICATION_OUTCOME, Outcome.APPROVED, reasoning, official.userId());
  }
}
