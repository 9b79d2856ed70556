package fi.kanslia.rectification.internal;

import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Role;
import fi.kanslia.notification.Notice;
import fi.kanslia.notification.Notifications;
import fi.kanslia.rectification.RectificationRequest;
import fi.kanslia.rectification.RectificationRequests;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The guardian's page of a decision implementing a granted rectification request: what it
 * implements, the document, and the last day to appeal it, counted from their own notification.
 */
@Controller
@RequestMapping("/guardian/rectification")
class GuardianRectificationController {

  private final CurrentUser currentUser;
  private final RectificationRequests rectifications;
  private final CaseFiles cases;
  private final People people;
  private final Decisions decisions;
  private final Notifications notifications;
  private final AuditLog audit;

  GuardianRectificationController(CurrentUser currentUser, RectificationRequests rectifications,
      CaseFiles cases, People people, Decisions decisions, Notifications notifications,
      AuditLog audit) {
    this.currentUser = currentUser;
    this.rectifications = rectifications;
    this.cases = cases;
    this.people = people;
    this.decisions = decisions;
    this.notifications = notifications;
    this.audit = audit;
  }

  @GetMapping("/{caseId}")
  String view(@PathVariable UUID caseId, Model model) {
    KansliaUser guardian = currentUser.require(Role.GUARDIAN);
    String m = guardian.municipalityCode();
    CaseFile caseFile = cases.find(m, caseId)
        .filter(c -> RectificationRequests.IMPLEMENTING_CASE_TYPE.equals(c.caseType()))
        .filter(c -> people.isGuardianOf(m, guardian.personId(), c.childId()))
        .orElseThrow(() -> new AccessDeniedException("Not a case of the guardian's children"));
    RectificationRequest request = rectifications.implementedBy(caseId).orElseThrow();
    DecisionSummary original = decisions.forCase(request.caseId()).orElseThrow();
    Optional<DecisionSummary> decision = decisions.forCase(caseId);
    List<Notice> notices = decision.map(d -> notifications.forDecision(d.id()).stream()
        .filter(n -> n.recipientId().equals(guardian.personId())).toList()).orElse(List.of());
    audit.record(new AuditEvent(m, guardian.auditName(), "READ", "case", caseFile.caseNumber(),
        "Party reads the decision implementing a rectification in their own case"));
    model.addAttribute("caseFile", caseFile);
    model.addAttribute("child", people.find(m, caseFile.childId()).orElseThrow());
    model.addAttribute("request", request);
    model.addAttribute("authority", decisions.rules(original).authority().name(original.language()));
    model.addAttribute("originalCase", cases.find(m, request.caseId()).orElseThrow());
    model.addAttribute("documentReady", decision.map(d -> d.signedAt() != null).orElse(false));
    model.addAttribute("awaitingReceipt", notices.stream().anyMatch(Notice::awaitingReceipt));
    model.addAttribute("appealBy", notices.stream().filter(n -> n.deemedNotifiedOn() != null)
        .map(n -> decisions.remedyDeadline(
        decision.get().decisionType(), n.deemedNotifiedOn())).findFirst().orElse(null));
    return "rectification/guardian-case";
  }
}
