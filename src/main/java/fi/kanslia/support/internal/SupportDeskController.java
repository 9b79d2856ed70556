package fi.kanslia.support.internal;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionIncompleteException;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.platform.InputRefusedException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The support desk of a unit's staff; the principal decides here too. */
@Controller
@RequestMapping("/official/support")
class SupportDeskController {

  private final CurrentUser currentUser;
  private final SupportService support;
  private final CaseFiles cases;
  private final People people;
  private final Decisions decisions;

  SupportDeskController(CurrentUser currentUser, SupportService support, CaseFiles cases,
      People people, Decisions decisions) {
    this.currentUser = currentUser;
    this.support = support;
    this.cases = cases;
    this.people = people;
    this.decisions = decisions;
  }

  record DeskRow(UUID caseId, String caseNumber, String pupilName, Stage stage, boolean overdue,
      LocalDate reviewDate) {}

  @GetMapping
  String desk(Model model) {
    KansliaUser staff = currentUser.require();
    List<DeskRow> rows = support.desk(staff).stream().map(sc -> new DeskRow(sc.caseId(),
        cases.find(sc.municipalityCode(), sc.caseId()).orElseThrow().caseNumber(),
        people.find(sc.municipalityCode(), sc.pupilId()).map(Person::fullName).orElse(""),
        sc.stage(), sc.escalatedAt() != null && sc.stage() == Stage.PRINCIPAL_DECISION,
        sc.reviewDate())).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("isPrincipal", staff.is(Role.PRINCIPAL));
    return "support/desk";
  }

  @PostMapping
  String start(@RequestParam(required = false) String identityCode,
      @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
    KansliaUser staff = currentUser.require();
    Person pupil = pupil(staff, identityCode);
    try {
      if (pupil == null) {
        throw new InputRefusedException("identityCode", "support.error.pupil");
      }
      CaseFile caseFile = support.start(staff, pupil.id(), reason);
      return "redirect:/official/support/" + caseFile.id() + "?started";
    } catch (InputRefusedException e) {
      response.setStatus(422);
      model.addAttribute("error", e);
      model.addAttribute("identityCode", identityCode);
      model.addAttribute("reason", reason);
      return desk(model);
    }
  }

  private Person pupil(KansliaUser staff, String identityCode) {
    if (identityCode == null || !IdentityCode.isValid(identityCode.strip())) {
      return null;
    }
    String code = identityCode.strip();
    return people.searchChildren(staff.municipalityCode(), code).stream()
        .filter(p -> p.identityCode().value().equals(code)).findFirst().orElse(null);
  }

  @GetMapping("/{caseId}")
  String view(@PathVariable UUID caseId, Model model, Locale locale) {
    fill(model, currentUser.require(), caseId);
    return "support/case";
  }

  @PostMapping("/{caseId}/assessment")
  String assess(@PathVariable UUID caseId,
      @RequestParam(name = "measure", required = false) List<String> measures,
      @RequestParam(required = false) String assessment, Model model,
      HttpServletResponse response) {
    return act(caseId, model, response, staff -> {
      support.assessNeeds(staff, caseId, measures(measures), assessment);
      return "redirect:/official/support/" + caseId + "?assessed";
    }, Map.of("assessment", assessment == null ? "" : assessment));
  }

  @PostMapping("/{caseId}/plan")
  String plan(@PathVariable UUID caseId, @RequestParam(required = false) String plan,
      @RequestParam(required = false) String start, Model model, HttpServletResponse response) {
    return act(caseId, model, response, staff -> {
      support.plan(staff, caseId, plan, date(start, "start"));
      return "redirect:/official/support/" + caseId + "?planned";
    }, Map.of("plan", plan == null ? "" : plan));
  }

  @PostMapping("/{caseId}/hearing/{partyId}")
  String recordAnswer(@PathVariable UUID caseId, @PathVariable UUID partyId,
      @RequestParam(required = false) String answer, Model model, HttpServletResponse response) {
    return act(caseId, model, response, staff -> {
      support.recordAnswerFor(staff, caseId, partyId, answer);
      return "redirect:/official/support/" + caseId + "?answerRecorded";
    }, Map.of());
  }

  @PostMapping("/{caseId}/decision")
  String decide(@PathVariable UUID caseId, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String reasoning,
      @RequestParam(required = false) String reviewDate, Model model,
      HttpServletResponse response) {
    return act(caseId, model, response, principal -> {
      support.decide(principal, caseId, outcome(outcome), reasoning, date(reviewDate, "reviewDate"));
      return "redirect:/official/support/" + caseId + "?decided";
    }, Map.of("reasoning", reasoning == null ? "" : reasoning, "chosenOutcome",
        outcome == null ? "" : outcome, "reviewDate", reviewDate == null ? "" : reviewDate));
  }

  @PostMapping("/{caseId}/preview")
  Object preview(@PathVariable UUID caseId, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String reasoning,
      @RequestParam(required = false) String reviewDate, Model model,
      HttpServletResponse response) {
    KansliaUser principal = currentUser.require(Role.PRINCIPAL);
    try {
      byte[] pdf = support.preview(principal, caseId, outcome(outcome), reasoning,
          date(reviewDate, "reviewDate"));
      return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"preview.pdf\"").body(pdf);
    } catch (InputRefusedException | DecisionIncompleteException e) {
      return refuse(caseId, model, response, principal, e, Map.of("reasoning",
          reasoning == null ? "" : reasoning, "chosenOutcome", outcome == null ? "" : outcome,
          "reviewDate", reviewDate == null ? "" : reviewDate));
    }
  }

  @PostMapping("/{caseId}/review")
  String review(@PathVariable UUID caseId, @RequestParam(required = false) String needsChanged,
      @RequestParam(required = false) String nextReview, @RequestParam(required = false) String note,
      Model model, HttpServletResponse response) {
    return act(caseId, model, response, staff -> {
      boolean changed = "true".equals(needsChanged);
      support.review(staff, caseId, changed, changed ? null : date(nextReview, "reviewDate"), note);
      return "redirect:/official/support/" + caseId + "?reviewed";
    }, Map.of("note", note == null ? "" : note));
  }

  private String act(UUID caseId, Model model, HttpServletResponse response,
      Function<KansliaUser, String> action, Map<String, String> input) {
    KansliaUser staff = currentUser.require();
    try {
      return action.apply(staff);
    } catch (InputRefusedException | DecisionIncompleteException e) {
      return refuse(caseId, model, response, staff, e, input);
    }
  }

  private String refuse(UUID caseId, Model model, HttpServletResponse response, KansliaUser staff,
      RuntimeException e, Map<String, String> input) {
    response.setStatus(422);
    fill(model, staff, caseId);
    model.addAllAttributes(input);
    if (e instanceof DecisionIncompleteException incomplete) {
      model.addAttribute("missingElements", incomplete.missingElements());
    } else {
      model.addAttribute("error", e);
    }
    return "support/case";
  }

  private void fill(Model model, KansliaUser staff, UUID caseId) {
    if (staff.is(Role.GUARDIAN)) {
      throw new org.springframework.security.access.AccessDeniedException("Staff only");
    }
    SupportCase sc = support.view(staff, caseId);
    CaseFile caseFile = cases.find(sc.municipalityCode(), caseId).orElseThrow();
    List<HearingRequest> hearings = support.hearings(caseId);
    model.addAttribute("sc", sc);
    model.addAttribute("caseFile", caseFile);
    model.addAttribute("pupil", people.find(sc.municipalityCode(), sc.pupilId()).orElseThrow());
    model.addAttribute("school", support.school(sc));
    model.addAttribute("hearings", hearings);
    model.addAttribute("partyNames", hearings.stream().collect(Collectors.toMap(
        HearingRequest::partyId, h -> people.find(sc.municipalityCode(), h.partyId())
            .map(Person::fullName).orElse(""))));
    model.addAttribute("measures", Measure.values());
    model.addAttribute("isPrincipal", staff.is(Role.PRINCIPAL));
    model.addAttribute("decision", decisions.forCase(caseId).orElse(null));
    model.addAttribute("snippets", staff.is(Role.PRINCIPAL) && sc.stage() == Stage.PRINCIPAL_DECISION
        ? decisions.reasoningSnippets(Decisions.SUPPORT, support.school(sc).language()) : List.of());
    model.addAttribute("decisionLanguage", support.school(sc).language());
  }

  private static Set<Measure> measures(List<String> names) {
    Set<Measure> set = EnumSet.noneOf(Measure.class);
    if (names != null) {
      for (String name : names) {
        try {
          set.add(Measure.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw new InputRefusedException("measures", "support.error.measures");
        }
      }
    }
    return set;
  }

  private static Outcome outcome(String value) {
    try {
      return value == null ? null : Outcome.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InputRefusedException(field, "support.error.date");
    }
  }
}
