package fi.kanslia.review.internal;

import fi.kanslia.application.SchoolPlaceApplication;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.application.SecondaryPlaces;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionIncompleteException;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.decision.TakeDecision;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.notification.Notifications;
import fi.kanslia.platform.InputRefusedException;
import java.time.LocalDate;
import fi.kanslia.review.ReviewItem;
import fi.kanslia.review.Reviews;
import fi.kanslia.school.Schools;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The official's desk: the unit's queue, one application, and the decision form. */
@Controller
@RequestMapping("/official")
class OfficialController {

  static final int MAX_REASONING = 8000;

  private final CurrentUser currentUser;
  private final Reviews reviews;
  private final CaseFiles cases;
  private final SchoolPlaceApplications applications;
  private final People people;
  private final Schools schools;
  private final Decisions decisions;
  private final Notifications notifications;
  private final SecondaryPlaces secondaryPlaces;
  private final java.time.Clock clock;

  OfficialController(CurrentUser currentUser, Reviews reviews, CaseFiles cases,
      SchoolPlaceApplications applications, People people, Schools schools, Decisions decisions,
      Notifications notifications, SecondaryPlaces secondaryPlaces, java.time.Clock clock) {
    this.secondaryPlaces = secondaryPlaces;
    this.clock = clock;
    this.decisions = decisions;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.reviews = reviews;
    this.cases = cases;
    this.applications = applications;
    this.people = people;
    this.schools = schools;
  }

  @GetMapping
  String queue(Model model, Locale locale) {
    KansliaUser official = currentUser.require();
    List<QueueRow> rows = reviews.queue(official).stream().map(item -> row(official, item)).toList();
    model.addAttribute("rows", rows);
    model.addAttribute("decided", reviews.recentlyDecided(official, 20).stream()
        .map(item -> decidedRow(official, item)).toList());
    model.addAttribute("unitName", official.school()
        .flatMap(id -> schools.find(official.municipalityCode(), id))
        .map(s -> s.name(locale.getLanguage())).orElse(""));
    official.school().ifPresent(school -> {
      String m = official.municipalityCode();
      var today = clock.instant().atZone(java.time.ZoneId.of("Europe/Helsinki")).toLocalDate();
      int year = today.getMonthValue() >= 8 ? today.getYear() + 1 : today.getYear();
      model.addAttribute("placesYear", year);
      model.addAttribute("places", secondaryPlaces.grades(m, school, year).stream()
          .map(grade -> new PlacesView(grade, secondaryPlaces.capacity(m, school, year, grade),
              secondaryPlaces.waitingList(m, school, year, grade).stream().map(w -> new WaitingRow(
                  w.position(), cases.find(m, w.caseId()).map(c -> c.caseNumber()).orElse(""),
                  people.find(m, w.childId()).map(p -> p.fullName()).orElse(""), w.offered()))
                  .toList()))
          .toList());
    });
    return "official/queue";
  }

  @GetMapping("/reviews/{itemId}")
  String review(@PathVariable UUID itemId, Model model, Locale locale) {
    KansliaUser official = currentUser.require();
    ReviewItem item = reviews.open(official, itemId);
    if (!item.isOpen()) {
      return closed(official, item);
    }
    fill(model, official, item, locale);
    return "official/review";
  }

  @PostMapping("/reviews/{itemId}/decision")
  Object decide(@PathVariable UUID itemId, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String reasoning,
      @RequestParam(required = false) String waitingList, Model model, Locale locale,
      HttpServletResponse response) {
    return withDraft(itemId, outcome, reasoning, model, locale, response, (official, item, draft) -> {
      try {
        reviews.decide(official, itemId, draft.outcome(), draft.reasoning(),
            "true".equals(waitingList));
      } catch (InputRefusedException e) {
        Object page = refuse(model, official, item, locale, response, draft.outcome(),
            draft.reasoning(), List.of());
        model.addAttribute("outcomeError", false);
        model.addAttribute("refusal", e);
        return page;
      }
      return "redirect:/official?decided=" + cases.find(official.municipalityCode(), item.caseId())
          .map(c -> c.caseNumber()).orElse("");
    });
  }

  /** The official confirms the special reasons of a secondary application, or withdraws that. */
  @PostMapping("/reviews/{itemId}/special-reasons")
  String specialReasons(@PathVariable UUID itemId,
      @RequestParam(required = false) String confirmed) {
    KansliaUser official = currentUser.require();
    ReviewItem item = reviews.open(official, itemId);
    secondaryPlaces.confirmSpecialReasons(official, item.caseId(), "true".equals(confirmed));
    return "redirect:/official/reviews/" + itemId + "#secondary";
  }

  /** The school's places for secondary applicants of a school year (grade 1). */
  @PostMapping("/secondary-places")
  String setPlaces(@RequestParam(required = false) String year,
      @RequestParam(required = false) String grade,
      @RequestParam(required = false) String places) {
    KansliaUser official = currentUser.require();
    try {
      secondaryPlaces.setPlaces(official, Integer.parseInt(year.strip()),
          Integer.parseInt(grade.strip()), Integer.parseInt(places.strip()));
    } catch (NumberFormatException | NullPointerException | InputRefusedException e) {
      return "redirect:/official?placesRefused";
    }
    return "redirect:/official?placesSet";
  }

  /** A freed place goes to the first on the school's waiting list, as a new application case. */
  @PostMapping("/secondary-places/offer")
  String offer(@RequestParam(required = false) String year,
      @RequestParam(required = false) String grade) {
    KansliaUser official = currentUser.require();
    try {
      return secondaryPlaces.offerFreedPlace(official, Integer.parseInt(year.strip()),
              Integer.parseInt(grade.strip()))
          .map(c -> "redirect:/official?offered=" + c.caseNumber())
          .orElse("redirect:/official?noneWaiting");
    } catch (NumberFormatException | NullPointerException | InputRefusedException e) {
      return "redirect:/official?noFreePlace";
    }
  }

  /** The decision document as it would be issued, unsigned, before the official decides. */
  @PostMapping("/reviews/{itemId}/preview")
  Object preview(@PathVariable UUID itemId, @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String reasoning, Model model, Locale locale,
      HttpServletResponse response) {
    return withDraft(itemId, outcome, reasoning, model, locale, response, (official, item, draft) ->
        ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"preview.pdf\"")
            .body(decisions.preview(draft)));
  }

  /**
   * Checks the official's unit and input, then acts on the draft decision; invalid input or an
   * incomplete decision comes back to the review page with the input kept.
   */
  private Object withDraft(UUID itemId, String outcome, String reasoning, Model model,
      Locale locale, HttpServletResponse response, DraftAction action) {
    KansliaUser official = currentUser.require();
    ReviewItem item = reviews.open(official, itemId);
    if (!item.isOpen()) {
      return closed(official, item);
    }
    Outcome parsed = parseOutcome(outcome);
    String text = reasoning == null ? "" : reasoning.strip();
    if (!valid(parsed, text)) {
      return refuse(model, official, item, locale, response, parsed, text, List.of());
    }
    try {
      return action.apply(official, item, new TakeDecision(item.municipalityCode(), item.caseId(),
          applications.find(item.caseId()).orElseThrow().decisionType(), parsed, text,
          official.userId()));
    } catch (DecisionIncompleteException e) {
      return refuse(model, official, item, locale, response, parsed, text, e.missingElements());
    } catch (IllegalStateException e) {
      return closed(official, item); // withdrawn or decided meanwhile
    }
  }

  /** Back to the queue: the item was decided or withdrawn in the meantime. */
  private String closed(KansliaUser official, ReviewItem item) {
    return "redirect:/official?closed=" + cases.find(official.municipalityCode(), item.caseId())
        .map(c -> c.caseNumber()).orElse("");
  }

  @FunctionalInterface
  private interface DraftAction {
    Object apply(KansliaUser official, ReviewItem item, TakeDecision draft);
  }

  private static boolean valid(Outcome outcome, String reasoning) {
    return outcome != null && !reasoning.isEmpty() && reasoning.length() <= MAX_REASONING;
  }

  private String refuse(Model model, KansliaUser official, ReviewItem item, Locale locale,
      HttpServletResponse response, Outcome outcome, String reasoning, List<String> missing) {
    response.setStatus(422);
    fill(model, official, item, locale);
    model.addAttribute("outcomeError", outcome == null);
    model.addAttribute("reasoningError", reasoning.isEmpty() || reasoning.length() > MAX_REASONING);
    model.addAttribute("missingElements", missing);
    model.addAttribute("chosenOutcome", outcome == null ? null : outcome.name());
    model.addAttribute("reasoning", reasoning);
    return "official/review";
  }

  private void fill(Model model, KansliaUser official, ReviewItem item, Locale locale) {
    String m = official.municipalityCode();
    String lang = locale.getLanguage();
    SchoolPlaceApplication application = applications.find(item.caseId()).orElseThrow();
    model.addAttribute("item", item);
    model.addAttribute("caseFile", cases.find(m, item.caseId()).orElseThrow());
    model.addAttribute("schoolApplication", application);
    model.addAttribute("snippets", decisions.reasoningSnippets(application.decisionType(),
        application.languageOfInstruction()));
    model.addAttribute("child", people.find(m, application.childId()).orElseThrow());
    model.addAttribute("schoolName", schools.find(m, application.requestedSchoolId())
        .map(s -> s.name(lang)).orElse(""));
    model.addAttribute("neighbourhoodSchoolName", application.neighbourhoodSchoolId() == null ? ""
        : schools.find(m, application.neighbourhoodSchoolId()).map(s -> s.name(lang)).orElse(""));
    boolean secondary = Decisions.SECONDARY_PLACE.equals(application.decisionType());
    model.addAttribute("secondary", secondary);
    if (secondary) {
      int year = application.startDate().getYear();
      int grade = application.grade();
      model.addAttribute("capacity",
          secondaryPlaces.capacity(m, application.requestedSchoolId(), year, grade));
      List<SecondaryPlaces.Ranked> ranking =
          secondaryPlaces.ranking(m, application.requestedSchoolId(), year, grade);
      model.addAttribute("rankingRows", ranking.stream().map(r -> new RankedRow(
          cases.find(m, r.caseId()).map(c -> c.caseNumber()).orElse(""),
          people.find(m, r.childId()).map(p -> p.fullName()).orElse(""), r.priorityGroup(),
          r.distanceKilometres(), r.caseId().equals(item.caseId()))).toList());
      model.addAttribute("journeyMeasure", secondaryPlaces.journeyMeasure().name());
    }
  }

  /**
   * A secondary application in the school's order by the criteria.
   *
   * @param distanceKilometres the school journey the order used, null when unknown
   */
  record RankedRow(String caseNumber, String childName, int priorityGroup,
      java.math.BigDecimal distanceKilometres, boolean current) {}

  /** The school's secondary places and waiting list of a grade, for the queue page. */
  record PlacesView(int grade, SecondaryPlaces.Capacity capacity, List<WaitingRow> waiting) {}

  record WaitingRow(int position, String caseNumber, String childName, boolean offered) {}

  private QueueRow row(KansliaUser official, ReviewItem item) {
    var caseFile = cases.find(official.municipalityCode(), item.caseId())
        .orElseThrow(() -> new AccessDeniedException("No such case"));
    var child = people.find(official.municipalityCode(), caseFile.childId()).orElseThrow();
    return new QueueRow(item.id(), caseFile.caseNumber(), child.fullName(), item.recommendation(),
        item.openedAt());
  }

  /** A decided case with where its decision stands and the parties' rectification deadline. */
  private DecidedRow decidedRow(KansliaUser official, ReviewItem item) {
    QueueRow row = row(official, item);
    var caseFile = cases.find(official.municipalityCode(), item.caseId()).orElseThrow();
    var decision = decisions.forCase(item.caseId()).orElseThrow();
    var notices = notifications.forDecision(decision.id());
    LocalDate deadline = notices.stream().filter(n -> !n.awaitingReceipt())
        .map(n -> decisions.remedyDeadline(decision.decisionType(), n.deemedNotifiedOn()))
        .max(LocalDate::compareTo).orElse(null);
    return new DecidedRow(row.caseNumber(), row.childName(), decision.outcome().name(),
        caseFile.status().name(), deadline, notices.stream().anyMatch(n -> n.awaitingReceipt()));
  }

  private static Outcome parseOutcome(String outcome) {
    try {
      return outcome == null ? null : Outcome.valueOf(outcome);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A decided case on the official's desk.
   *
   * @param awaitingReceipt a party's proof of receipt is awaited, so the period has not started
   */
  record DecidedRow(String caseNumber, String childName, String outcome, String status,
      LocalDate deadline, boolean awaitingReceipt) {}

  record QueueRow(UUID itemId, String caseNumber, String childName, String recommendation,
      java.time.Instant openedAt) {}
}
