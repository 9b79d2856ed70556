package fi.kanslia.cohort.internal;

import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.Decisions;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Role;
import fi.kanslia.platform.InputRefusedException;
import fi.kanslia.rectification.RectificationRequests;
import fi.kanslia.school.Schools;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officials' cohort desk, and the guardian's neighbourhood-school case. */
@Controller
class CohortController {

  private final CurrentUser currentUser;
  private final CohortService cohorts;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final Decisions decisions;
  private final RectificationRequests rectifications;
  private final java.time.Clock clock;

  CohortController(CurrentUser currentUser, CohortService cohorts, CaseFiles cases, People people,
      Schools schools, Decisions decisions, RectificationRequests rectifications,
      java.time.Clock clock) {
    this.clock = clock;
    this.currentUser = currentUser;
    this.cohorts = cohorts;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.decisions = decisions;
    this.rectifications = rectifications;
  }

  @GetMapping("/official/cohort")
  String desk(Model model) {
    model.addAttribute("runs", cohorts.runs(currentUser.require()));
    return "cohort/desk";
  }

  @PostMapping("/official/cohort")
  String schedule(@RequestParam(required = false) String cohortYear,
      @RequestParam(required = false) String startDate,
      @RequestParam(required = false) String assignmentDate,
      @RequestParam(required = false) String acceptanceDeadline, Model model,
      HttpServletResponse response) {
    KansliaUser official = currentUser.require();
    try {
      int year;
      try {
        year = Integer.parseInt(cohortYear == null ? "" : cohortYear.strip());
      } catch (NumberFormatException e) {
        throw new InputRefusedException("cohortYear", "cohort.error.year");
      }
      cohorts.scheduleRun(official, year, date(startDate), date(assignmentDate),
          date(acceptanceDeadline));
      return "redirect:/official/cohort?scheduled";
    } catch (InputRefusedException e) {
      response.setStatus(422);
      model.addAttribute("error", e);
      model.addAttribute("cohortYear", cohortYear);
      return desk(model);
    }
  }

  @GetMapping("/guardian/cohort/{caseId}")
  String guardianView(@PathVariable UUID caseId, Model model) {
    KansliaUser guardian = currentUser.require(Role.GUARDIAN);
    CohortService.Assignment a = cohorts.forGuardian(guardian, caseId);
    CohortService.CohortRun run = cohorts.run(a.runId()).orElseThrow();
    String m = guardian.municipalityCode();
    model.addAttribute("caseFile", cases.find(m, caseId).orElseThrow());
    model.addAttribute("assignment", a);
    model.addAttribute("run", run);
    model.addAttribute("child", people.find(m, a.childId()).orElseThrow());
    model.addAttribute("school", a.schoolId() == null ? null : schools.find(m, a.schoolId()).orElse(null));
    var decision = decisions.forCase(caseId);
    model.addAttribute("documentReady", decision.map(d -> d.signedAt() != null).orElse(false));
    model.addAttribute("open", run.responsesRecordedAt() == null
        && today().isBefore(
            run.acceptanceDeadline().atZone(CohortService.FINLAND).toLocalDate().plusDays(1)));
    model.addAttribute("rectification", rectifications.forGuardian(guardian, caseId));
    return "cohort/guardian-case";
  }

  @PostMapping("/guardian/cohort/{caseId}/response")
  String respond(@PathVariable UUID caseId, @RequestParam(required = false) String choice,
      Model model, HttpServletResponse response) {
    KansliaUser guardian = currentUser.require(Role.GUARDIAN);
    try {
      if (!"ACCEPT".equals(choice) && !"ELSEWHERE".equals(choice)) {
        throw new InputRefusedException("choice", "cohort.error.choice");
      }
      cohorts.respond(guardian, caseId, "ACCEPT".equals(choice));
      return "ACCEPT".equals(choice) ? "redirect:/guardian/cohort/" + caseId + "?accepted"
          : "redirect:/guardian/applications/new";
    } catch (InputRefusedException e) {
      response.setStatus(422);
      model.addAttribute("error", e);
      return guardianView(caseId, model);
    }
  }

  private LocalDate today() {
    return clock.instant().atZone(CohortService.FINLAND).toLocalDate();
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InputRefusedException("dates", "cohort.error.dates");
    }
  }
}
