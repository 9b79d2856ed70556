package fi.kanslia.rectification.internal;

import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionIncompleteException;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.rectification.RectificationRequest;
import fi.kanslia.rectification.RectificationRequests;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The official records the rectification authority's outcome for their unit's cases, and takes the
 * decision that implements a granted request.
 */
@Controller
@RequestMapping("/official/rectifications")
class RectificationDeskController {

  private final CurrentUser currentUser;
  private final RectificationRequests rectifications;
  private final CaseFiles cases;
  private final Decisions decisions;
  private final AuditLog audit;

  RectificationDeskController(CurrentUser currentUser, RectificationRequests rectifications,
      CaseFiles cases, Decisions decisions, AuditLog audit) {
    this.currentUser = currentUser;
    this.rectifications = rectifications;
    this.cases = cases;
    this.decisions = decisions;
    this.audit = audit;
  }

  @GetMapping
  String desk(@RequestParam(required = false) String refused,
      @RequestParam(required = false) UUID request, Model model) {
    KansliaUser official = currentUser.require();
    if (request != null && refused != null
        && List.of("outcome", "reference", "decided-on").contains(refused)) {
      model.addAttribute("refusedField", refused);
      model.addAttribute("refusedRequest", request);
    }
    model.addAttribute("rows", rectifications.awaitingOutcome(official).stream()
        .map(r -> new Row(r.id(), caseNumber(official, r.caseId()), r.authority(), r.text()))
        .toList());
    model.addAttribute("toImplement", rectifications.toImplement(official).stream()
        .map(r -> new Row(r.id(), caseNumber(official, r.caseId()), r.authority(),
            r.outcomeReference()))
        .toList());
    return "official/rectifications";
  }

  @PostMapping("/{requestId}/outcome")
  String record(@PathVariable UUID requestId, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String reference,
      @RequestParam(name = "decided-on", required = false) String decidedOn) {
    KansliaUser official = currentUser.require();
    if (!"GRANTED".equals(outcome) && !"DENIED".equals(outcome)) {
      return "redirect:/official/rectifications?refused=outcome&request=" + requestId
          + "#request-" + requestId;
    }
    try {
      rectifications.recordOutcome(official, requestId, "GRANTED".equals(outcome), reference,
          date(decidedOn));
    } catch (InputRefusedException e) {
      return "redirect:/official/rectifications?refused=" + e.field() + "&request=" + requestId
          + "#request-" + requestId;
    }
    return "redirect:/official/rectifications?recorded";
  }

  /** The implementing decision: the original decision, the authority's, and the reasoning. */
  @GetMapping("/{requestId}/decision")
  String implementation(@PathVariable UUID requestId, Model model) {
    KansliaUser official = currentUser.require();
    RectificationRequest request = fill(model, official, requestId, "");
    audit.record(new AuditEvent(official.municipalityCode(), official.auditName(), "READ",
        "rectification-request", caseNumber(official, request.caseId()),
        "Official prepares the decision implementing a granted rectification request"));
    return "official/rectification-decision";
  }

  @PostMapping("/{requestId}/decision/preview")
  Object preview(@PathVariable UUID requestId, @RequestParam(required = false) String reasoning,
      Model model, HttpServletResponse response) {
    KansliaUser official = currentUser.require();
    try {
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"preview.pdf\"")
          .body(rectifications.previewImplementation(official, requestId, reasoning));
    } catch (InputRefusedException | DecisionIncompleteException e) {
      return refused(model, official, requestId, reasoning, e, response);
    }
  }

  @PostMapping("/{requestId}/decision")
  String implement(@PathVariable UUID requestId, @RequestParam(required = false) String reasoning,
      Model model, HttpServletResponse response) {
    KansliaUser official = currentUser.require();
    try {
      UUID caseId = rectifications.implement(official, requestId, reasoning);
      return "redirect:/official/rectifications?implemented=" + caseNumber(official, caseId);
    } catch (InputRefusedException | DecisionIncompleteException e) {
      return refused(model, official, requestId, reasoning, e, response);
    }
  }

  private String refused(Model model, KansliaUser official, UUID requestId, String reasoning,
      RuntimeException e, HttpServletResponse response) {
    response.setStatus(422);
    fill(model, official, requestId, reasoning == null ? "" : reasoning);
    if (e instanceof InputRefusedException refusal) {
      model.addAttribute("reasoningError", refusal.messageKey());
    } else {
      model.addAttribute("missingElements", ((DecisionIncompleteException) e).missingElements());
    }
    return "official/rectification-decision";
  }

  /** Fills the implementing decision's page; returns the request it implements. */
  private RectificationRequest fill(Model model, KansliaUser official, UUID requestId,
      String reasoning) {
    RectificationRequest request = rectifications.toImplement(official).stream()
        .filter(r -> r.id().equals(requestId)).findFirst()
        .orElseThrow(() -> new AccessDeniedException("No such request to implement in your unit"));
    DecisionSummary original = decisions.forCase(request.caseId()).orElseThrow();
    model.addAttribute("request", request);
    model.addAttribute("originalCase", cases.find(official.municipalityCode(), request.caseId())
        .orElseThrow());
    model.addAttribute("implementingCase", cases.find(official.municipalityCode(),
        request.implementingCaseId()).orElseThrow());
    model.addAttribute("original", original);
    model.addAttribute("authority", decisions.rules(original).authority().name(original.language()));
    model.addAttribute("snippets", rectifications.implementationSnippets(official, requestId));
    model.addAttribute("reasoning", reasoning);
    return request;
  }

  private String caseNumber(KansliaUser official, UUID caseId) {
    return cases.find(official.municipalityCode(), caseId).map(CaseFile::caseNumber).orElse("");
  }

  private static LocalDate date(String value) {
    try {
      return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** One request on the desk. */
  record Row(UUID id, String caseNumber, String authority, String text) {}
}
