package fi.kanslia.support.internal;

import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.Decisions;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Role;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.rectification.RectificationRequests;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A guardian follows their child's support case and answers the hearing request. */
@Controller
@RequestMapping("/guardian/support")
class GuardianSupportController {

  private final CurrentUser currentUser;
  private final SupportService support;
  private final CaseFiles cases;
  private final People people;
  private final Decisions decisions;
  private final RectificationRequests rectifications;

  GuardianSupportController(CurrentUser currentUser, SupportService support, CaseFiles cases,
      People people, Decisions decisions, RectificationRequests rectifications) {
    this.rectifications = rectifications;
    this.currentUser = currentUser;
    this.support = support;
    this.cases = cases;
    this.people = people;
    this.decisions = decisions;
  }

  @GetMapping("/{caseId}")
  String view(@PathVariable UUID caseId, Model model) {
    fill(model, currentUser.require(Role.GUARDIAN), caseId);
    return "support/guardian-case";
  }

  @PostMapping("/{caseId}/hearing")
  String answer(@PathVariable UUID caseId, @RequestParam(required = false) String answer,
      Model model, HttpServletResponse response) {
    KansliaUser guardian = currentUser.require(Role.GUARDIAN);
    try {
      support.answer(guardian, caseId, answer);
      return "redirect:/guardian/support/" + caseId + "?answered";
    } catch (InputRefusedException e) {
      response.setStatus(422);
      fill(model, guardian, caseId);
      model.addAttribute("error", e);
      model.addAttribute("answer", answer);
      return "support/guardian-case";
    }
  }

  private void fill(Model model, KansliaUser guardian, UUID caseId) {
    SupportCase sc = support.view(guardian, caseId);
    model.addAttribute("sc", sc);
    model.addAttribute("caseFile", cases.find(sc.municipalityCode(), caseId).orElseThrow());
    model.addAttribute("pupil", people.find(sc.municipalityCode(), sc.pupilId()).orElseThrow());
    model.addAttribute("school", support.school(sc));
    model.addAttribute("ownHearing", support.hearings(caseId).stream()
        .filter(h -> h.partyId().equals(guardian.personId())).findFirst().orElse(null));
    model.addAttribute("hearingOpen", sc.stage() == Stage.HEARING && sc.hearingClosedAt() == null
        && sc.unansweredRecordedAt() == null);
    var decision = decisions.forCase(caseId);
    model.addAttribute("decision", decision.orElse(null));
    model.addAttribute("documentReady", decision.map(d -> d.signedAt() != null).orElse(false));
    model.addAttribute("rectification", rectifications.forGuardian(guardian, caseId));
  }
}
