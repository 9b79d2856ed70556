package fi.kanslia.admission.internal;

import fi.kanslia.admission.AdmissionCases;
import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.Decisions;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.rectification.RectificationRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A guardian applies in an open round, follows the application and answers the place offered. */
@Controller
@RequestMapping("/guardian/admission")
class GuardianAdmissionController {

  private final CurrentUser currentUser;
  private final ErrorMessages errorMessages;
  private final AdmissionStore store;
  private final RoundService rounds;
  private final VacancyService vacancies;
  private final AdmissionDecisionWriter writer;
  private final CaseFiles cases;
  private final People people;
  private final Decisions decisions;
  private final AuditLog audit;

  private final RectificationRequests rectifications;

  GuardianAdmissionController(CurrentUser currentUser, AdmissionStore store, RoundService rounds,
      VacancyService vacancies, AdmissionDecisionWriter writer, CaseFiles cases, People people,
      Decisions decisions, AuditLog audit, ErrorMessages errorMessages,
      RectificationRequests rectifications) {
    this.errorMessages = errorMessages;
    this.rectifications = rectifications;
    this.currentUser = currentUser;
    this.store = store;
    this.rounds = rounds;
    this.vacancies = vacancies;
    this.writer = writer;
    this.cases = cases;
    this.people = people;
    this.decisions = decisions;
    this.audit = audit;
  }

  @GetMapping
  String openRounds(Model model) {
    KansliaUser guardian = guardian();
    model.addAttribute("rounds", store.roundsInStage(guardian.municipalityCode(),
        Stage.APPLICATIONS_OPEN));
    return "admission/guardian-rounds";
  }

  @GetMapping("/rounds/{roundId}/apply")
  String form(@PathVariable UUID roundId, Model model, Locale locale) {
    fillForm(model, guardian(), roundId, locale);
    return "admission/apply";
  }

  @PostMapping("/rounds/{roundId}/applications")
  String apply(@PathVariable UUID roundId, HttpServletRequest request, Model model, Locale locale,
      HttpServletResponse response) {
    KansliaUser guardian = guardian();
    Round round = store.round(guardian.municipalityCode(), roundId)
        .orElseThrow(() -> new AccessDeniedException("No such admission round"));
    List<RoundService.Choice> choices = new ArrayList<>();
    for (int rank = 1; rank <= round.maxPreferences(); rank++) {
      String raw = request.getParameter("choice" + rank);
      if (AdmissionDeskController.blank(raw)) {
        continue;
      }
      choices.add(new RoundService.Choice(AdmissionDeskController.uuid(raw),
          request.getParameter("sibling" + rank) != null));
    }
    try {
      CaseFile caseFile = rounds.apply(guardian, roundId,
          AdmissionDeskController.uuid(request.getParameter("child")), choices);
      return "redirect:/guardian/admission/cases/" + caseFile.id() + "?submitted";
    } catch (AdmissionInputException e) {
      response.setStatus(422);
      model.addAttribute("errors", errorMessages.show(e, locale));
      // The form comes back as the guardian filled it.
      model.addAttribute("selected", request.getParameterMap().entrySet().stream()
          .filter(param -> param.getValue().length > 0)
          .collect(Collectors.toMap(Map.Entry::getKey, param -> param.getValue()[0])));
      fillForm(model, guardian, roundId, locale);
      return "admission/apply";
    }
  }

  @GetMapping("/cases/{caseId}")
  String caseView(@PathVariable UUID caseId, Model model, Locale locale) {
    fillCase(model, guardian(), caseId, locale);
    return "admission/guardian-case";
  }

  @PostMapping("/cases/{caseId}/answer")
  String answer(@PathVariable UUID caseId, @RequestParam(required = false) String answer,
      Model model, Locale locale, HttpServletResponse response) {
    KansliaUser guardian = guardian();
    CaseFile caseFile = rounds.ownCase(guardian, caseId);
    boolean accept = "ACCEPT".equals(answer);
    try {
      if (!accept && !"DECLINE".equals(answer)) {
        throw new AdmissionInputException("answer", "admission.error.answer");
      }
      if (AdmissionCases.OFFER_CASE_TYPE.equals(caseFile.caseType())) {
        vacancies.answerOffer(guardian, caseId, accept);
      } else {
        vacancies.answer(guardian, caseId, accept);
      }
      return "redirect:/guardian/admission/cases/" + caseId + "?answered";
    } catch (AdmissionInputException e) {
      response.setStatus(422);
      model.addAttribute("errors", errorMessages.show(e, locale));
      fillCase(model, guardian, caseId, locale);
      return "admission/guardian-case";
    }
  }

  private void fillForm(Model model, KansliaUser guardian, UUID roundId, Locale locale) {
    Round round = store.round(guardian.municipalityCode(), roundId)
        .orElseThrow(() -> new AccessDeniedException("No such admission round"));
    model.addAttribute("round", round);
    if (!model.containsAttribute("selected")) {
      model.addAttribute("selected", Map.of());
    }
    model.addAttribute("open", round.stage() == Stage.APPLICATIONS_OPEN);
    model.addAttribute("children", people.childrenOf(guardian.municipalityCode(),
        guardian.personId()));
    model.addAttribute("programmes", programmeNames(round, locale));
    model.addAttribute("ranks", java.util.stream.IntStream.rangeClosed(1, round.maxPreferences())
        .boxed().toList());
  }

  private void fillCase(Model model, KansliaUser guardian, UUID caseId, Locale locale) {
    CaseFile caseFile = rounds.ownCase(guardian, caseId);
    var offer = writer.offer(caseId);
    UUID applicationCase = offer.map(AdmissionDecisionWriter.Offer::applicationCaseId).orElse(caseId);
    Application application = store.application(guardian.municipalityCode(), applicationCase)
        .orElseThrow();
    Round round = store.roundForProcessing(application.roundId());
    Person child = people.find(guardian.municipalityCode(), application.childId()).orElseThrow();
    model.addAttribute("caseFile", caseFile);
    model.addAttribute("child", child);
    model.addAttribute("round", round);
    model.addAttribute("admissionApplication", application);
    model.addAttribute("offer", offer.orElse(null));
    model.addAttribute("preferences", offer.isPresent() ? List.of() : store.preferences(caseId));
    model.addAttribute("programmes", programmeNames(round, locale));
    var decision = decisions.forCase(caseId);
    model.addAttribute("decision", decision.orElse(null));
    model.addAttribute("documentReady", decision.map(d -> d.signedAt() != null).orElse(false));
    boolean answerable = offer.isPresent() ? offer.get().answer() == null
        : application.placedProgrammeId() != null && application.answer() == null
            && decision.isPresent() && !round.stage().isAtLeast(Stage.ACCEPTANCE_CLOSED);
    model.addAttribute("answerable", answerable);
    model.addAttribute("answer", offer.isPresent() ? offer.get().answer() : application.answer());
    model.addAttribute("rectification", rectifications.forGuardian(guardian, caseId));
    audit.record(new AuditEvent(guardian.municipalityCode(), guardian.auditName(), "READ",
        "admission-case", caseFile.caseNumber(), "Guardian follows their child's admission case"));
  }

  private Map<UUID, String> programmeNames(Round round, Locale locale) {
    Locale lang = Locale.of("sv".equals(locale.getLanguage()) ? "sv" : "fi");
    return store.programmes(round.id()).stream().collect(Collectors.toMap(Programme::id,
        p -> writer.programmeName(p, round.municipalityCode(), lang), (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  private KansliaUser guardian() {
    return currentUser.require(Role.GUARDIAN);
  }
}
