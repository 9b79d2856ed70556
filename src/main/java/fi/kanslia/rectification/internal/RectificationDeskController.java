package fi.kanslia.rectification.internal;

import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.rectification.RectificationRequests;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The official records the rectification authority's outcome for their unit's cases. */
@Controller
@RequestMapping("/official/rectifications")
class RectificationDeskController {

  private final CurrentUser currentUser;
  private final RectificationRequests rectifications;
  private final CaseFiles cases;

  RectificationDeskController(CurrentUser currentUser, RectificationRequests rectifications,
      CaseFiles cases) {
    this.currentUser = currentUser;
    this.rectifications = rectifications;
    this.cases = cases;
  }

  @GetMapping
  String desk(Model model) {
    KansliaUser official = currentUser.require();
    model.addAttribute("rows", rectifications.awaitingOutcome(official).stream()
        .map(r -> new Row(r.id(), cases.find(official.municipalityCode(), r.caseId())
            .map(c -> c.caseNumber()).orElse(""), r.authority(), r.text()))
        .toList());
    return "official/rectifications";
  }

  @PostMapping("/{requestId}/outcome")
  String record(@PathVariable UUID requestId, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String reference) {
    KansliaUser official = currentUser.require();
    if (!"GRANTED".equals(outcome) && !"DENIED".equals(outcome)) {
      return "redirect:/official/rectifications?missingOutcome";
    }
    rectifications.recordOutcome(official, requestId, "GRANTED".equals(outcome), reference);
    return "redirect:/official/rectifications?recorded";
  }

  /** One request waiting for the authority's outcome. */
  record Row(UUID id, String caseNumber, String authority, String text) {}
}
