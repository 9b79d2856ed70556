package fi.kanslia.admission.internal;

import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.processes.AdmissionCriteriaModel;
import fi.kanslia.school.Schools;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The education office's admission desk: rounds, scores, placement runs and decisions. */
@Controller
@RequestMapping("/official/admission")
class AdmissionDeskController {

  /** Rows of programmes offered on the set-up form; blank rows are ignored. */
  static final int PROGRAMME_ROWS = 4;

  private final CurrentUser currentUser;
  private final ErrorMessages errorMessages;
  private final AdmissionStore store;
  private final RoundService rounds;
  private final ScoreService scores;
  private final PlacementService placements;
  private final IssuanceService issuance;
  private final AdmissionDecisionWriter writer;
  private final Schools schools;

  AdmissionDeskController(CurrentUser currentUser, AdmissionStore store, RoundService rounds,
      ScoreService scores, PlacementService placements, IssuanceService issuance,
      AdmissionDecisionWriter writer, Schools schools, ErrorMessages errorMessages) {
    this.errorMessages = errorMessages;
    this.currentUser = currentUser;
    this.store = store;
    this.rounds = rounds;
    this.scores = scores;
    this.placements = placements;
    this.issuance = issuance;
    this.writer = writer;
    this.schools = schools;
  }

  @GetMapping
  String desk(Model model) {
    KansliaUser official = currentUser.require();
    RoundService.requireStaff(official);
    model.addAttribute("rounds", store.rounds(official.municipalityCode()));
    model.addAttribute("schools", schools.inMunicipality(official.municipalityCode()));
    model.addAttribute("types", AdmissionCriteriaModel.PROGRAMME_TYPES);
    model.addAttribute("programmeRows", java.util.stream.IntStream.rangeClosed(1, PROGRAMME_ROWS)
        .boxed().toList());
    return "admission/desk";
  }

  @PostMapping("/rounds")
  String create(HttpServletRequest request, Model model, HttpServletResponse response,
      Locale locale) {
    KansliaUser official = currentUser.require();
    List<AdmissionInputException.FieldError> errors = new ArrayList<>();
    List<RoundService.NewProgramme> programmes = new ArrayList<>();
    for (int i = 1; i <= PROGRAMME_ROWS; i++) {
      String school = request.getParameter("school" + i);
      String type = request.getParameter("type" + i);
      String capacity = request.getParameter("capacity" + i);
      if (blank(school) && blank(capacity)) {
        continue;
      }
      programmes.add(new RoundService.NewProgramme(uuid(school), type, integer(capacity),
          integer(request.getParameter("reserved" + i))));
    }
    try {
      RoundService.NewRound round = new RoundService.NewRound(request.getParameter("name"),
          integer(request.getParameter("maxPreferences")),
          dateTime(request.getParameter("applicationOpens"), "applicationOpens", errors),
          dateTime(request.getParameter("applicationCloses"), "applicationCloses", errors),
          dateTime(request.getParameter("acceptanceDeadline"), "acceptanceDeadline", errors),
          dateTime(request.getParameter("vacancyClosingDate"), "vacancyClosingDate", errors),
          programmes);
      if (!errors.isEmpty()) {
        throw new AdmissionInputException(errors);
      }
      UUID id = rounds.create(official, round);
      return "redirect:/official/admission/rounds/" + id + "?created";
    } catch (AdmissionInputException e) {
      response.setStatus(422);
      model.addAttribute("errors", errorMessages.show(e, locale));
      return desk(model);
    }
  }

  /** The acts whose confirmation the round page shows after the redirect. */
  private static final List<String> DONE = List.of("created", "published", "scored", "imported",
      "scoresComplete", "capacityChanged", "rerunRequested", "runPublished");

  @GetMapping("/rounds/{roundId}")
  String roundPage(@PathVariable UUID roundId, Model model, Locale locale,
      HttpServletRequest request) {
    model.addAttribute("done", DONE.stream().filter(d -> request.getParameter(d) != null)
        .findFirst().orElse(null));
    return round(roundId, model, locale);
  }

  private String round(UUID roundId, Model model, Locale locale) {
    KansliaUser official = currentUser.require();
    Round round = rounds.roundForStaff(official, roundId);
    String lang = "sv".equals(locale.getLanguage()) ? "sv" : "fi";
    model.addAttribute("round", round);
    List<Programme> programmes = store.programmes(roundId);
    model.addAttribute("programmes", programmes);
    model.addAttribute("programmeNames", programmes.stream().collect(java.util.stream.Collectors
        .toMap(Programme::id, p -> writer.programmeName(p, round.municipalityCode(), Locale.of(lang)))));
    model.addAttribute("applicationCount", store.applications(roundId).size());
    if (round.stage().isAtLeast(Stage.TESTING)) {
      model.addAttribute("sheet", scores.sheet(official, roundId));
    }
    model.addAttribute("run", placements.view(official, roundId, lang).orElse(null));
    model.addAttribute("progress", issuance.progress(official, roundId));
    model.addAttribute("runPublished", round.stage().isAtLeast(Stage.RUN_PUBLISHED));
    return "admission/round";
  }

  @PostMapping("/rounds/{roundId}/publish")
  String publish(@PathVariable UUID roundId, Model model, HttpServletResponse response,
      Locale locale) {
    return act(roundId, model, response, locale, () -> rounds.publish(currentUser.require(), roundId),
        "published");
  }

  @PostMapping("/rounds/{roundId}/scores")
  String score(@PathVariable UUID roundId, @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String programme, @RequestParam(required = false) String score,
      @RequestParam(required = false) String reserved, Model model, HttpServletResponse response,
      Locale locale) {
    return act(roundId, model, response, locale, () -> scores.enter(currentUser.require(), roundId,
        caseNumber, programme, score, reserved != null), "scored");
  }

  @PostMapping("/rounds/{roundId}/scores/import")
  String importScores(@PathVariable UUID roundId, @RequestParam("file") MultipartFile file,
      Model model, HttpServletResponse response, Locale locale) throws IOException {
    String content = new String(file.getBytes(), StandardCharsets.UTF_8);
    return act(roundId, model, response, locale,
        () -> scores.importFile(currentUser.require(), roundId, content), "imported");
  }

  @PostMapping("/rounds/{roundId}/scores/complete")
  String scoresComplete(@PathVariable UUID roundId, Model model, HttpServletResponse response,
      Locale locale) {
    return act(roundId, model, response, locale,
        () -> scores.complete(currentUser.require(), roundId), "scoresComplete");
  }

  @PostMapping("/rounds/{roundId}/capacity")
  String capacity(@PathVariable UUID roundId, @RequestParam UUID programme,
      @RequestParam(required = false) String capacity, Model model, HttpServletResponse response,
      Locale locale) {
    return act(roundId, model, response, locale, () -> placements.changeCapacity(
        currentUser.require(), roundId, programme, integer(capacity)), "capacityChanged");
  }

  @PostMapping("/rounds/{roundId}/rerun")
  String rerun(@PathVariable UUID roundId, Model model, HttpServletResponse response,
      Locale locale) {
    return act(roundId, model, response, locale,
        () -> placements.requestRerun(currentUser.require(), roundId), "rerunRequested");
  }

  @PostMapping("/rounds/{roundId}/publish-run")
  String publishRun(@PathVariable UUID roundId, Model model, HttpServletResponse response,
      Locale locale) {
    return act(roundId, model, response, locale,
        () -> placements.publishRun(currentUser.require(), roundId), "runPublished");
  }

  private String act(UUID roundId, Model model, HttpServletResponse response, Locale locale,
      Runnable action, String done) {
    try {
      action.run();
      return "redirect:/official/admission/rounds/" + roundId + "?" + done;
    } catch (AdmissionInputException e) {
      response.setStatus(422);
      model.addAttribute("errors", errorMessages.show(e, locale));
      return round(roundId, model, locale);
    }
  }

  private static Instant dateTime(String text, String field,
      List<AdmissionInputException.FieldError> errors) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(RoundService.FINLAND).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(new AdmissionInputException.FieldError(field, "admission.error.date"));
      return Instant.EPOCH;
    }
  }

  static Integer integer(String text) {
    try {
      return blank(text) ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static UUID uuid(String text) {
    try {
      return blank(text) ? null : UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
