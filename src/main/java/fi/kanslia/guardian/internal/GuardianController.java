package fi.kanslia.guardian.internal;

import fi.kanslia.admission.AdmissionCases;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.application.SecondaryPlaces;
import fi.kanslia.audit.AuditEvent;
import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.Decisions;
import fi.kanslia.forms.DynamicOptions;
import fi.kanslia.forms.FormSubmission;
import fi.kanslia.identity.CurrentUser;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.notification.Notifications;
import fi.kanslia.rectification.RectificationRefusedException;
import fi.kanslia.rectification.RectificationRequests;
import fi.kanslia.school.Schools;
import fi.kanslia.cohort.CohortAssignments;
import fi.kanslia.support.SupportCases;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
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

@Controller
@RequestMapping("/guardian")
class GuardianController {

  private final CurrentUser currentUser;
  private final People people;
  private final Schools schools;
  private final CaseFiles cases;
  private final SchoolPlaceApplications applications;
  private final Decisions decisions;
  private final Notifications notifications;
  private final AuditLog audit;
  private final ApplicationFormBinding form;
  private final RectificationRequests rectifications;
  private final SupportCases support;
  private final SecondaryPlaces secondaryPlaces;

  GuardianController(CurrentUser currentUser, People people, Schools schools, CaseFiles cases,
      SchoolPlaceApplications applications, Decisions decisions, Notifications notifications,
      AuditLog audit, ApplicationFormBinding form, RectificationRequests rectifications,
      SupportCases support, SecondaryPlaces secondaryPlaces) {
    this.secondaryPlaces = secondaryPlaces;
    this.rectifications = rectifications;
    this.support = support;
    this.currentUser = currentUser;
    this.people = people;
    this.schools = schools;
    this.cases = cases;
    this.applications = applications;
    this.decisions = decisions;
    this.notifications = notifications;
    this.audit = audit;
    this.form = form;
  }

  @GetMapping
  String home(Model model) {
    KansliaUser guardian = guardian();
    List<Person> children = children(guardian);
    model.addAttribute("children", children);
    model.addAttribute("cases", cases.ofChildren(guardian.municipalityCode(),
        children.stream().map(Person::id).toList()));
    model.addAttribute("childNames", children.stream()
        .collect(Collectors.toMap(Person::id, Person::fullName)));
    model.addAttribute("notices", notifications.inbox(guardian.municipalityCode(), guardian.personId()));
    model.addAttribute("hearings", support.openHearings(guardian.municipalityCode(),
        guardian.personId()));
    return "guardian/home";
  }

  @GetMapping("/applications/new")
  String newApplication(Model model, Locale locale) {
    KansliaUser guardian = guardian();
    model.addAttribute("formHtml", form.render(locale, null, null, options(guardian, locale)));
    return "guardian/apply";
  }

  @PostMapping("/applications")
  String submit(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
    KansliaUser guardian = guardian();
    DynamicOptions options = options(guardian, locale);
    Map<String, List<String>> parameters = request.getParameterMap().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
    FormSubmission submission = form.validate(parameters, locale, options);
    if (submission instanceof FormSubmission.Valid valid) {
      CaseFile caseFile = applications.submit(guardian, form.bind(valid.values()));
      return "redirect:/guardian/cases/" + caseFile.id() + "?submitted";
    }
    response.setStatus(422);
    model.addAttribute("hasErrors", true);
    model.addAttribute("formHtml",
        form.render(locale, submission.input(), submission.errors(), options));
    return "guardian/apply";
  }

  @GetMapping("/cases/{caseId}")
  String caseView(@PathVariable UUID caseId, Model model, Locale locale) {
    KansliaUser guardian = guardian();
    CaseFile caseFile = ownCase(guardian, caseId);
    if (!SchoolPlaceApplications.CASE_TYPE.equals(caseFile.caseType())) {
      return "redirect:" + pageOf(caseFile);
    }
    var application = applications.find(caseId).orElseThrow();
    String lang = locale.getLanguage();
    model.addAttribute("caseFile", caseFile);
    model.addAttribute("child", people.find(guardian.municipalityCode(), caseFile.childId()).orElseThrow());
    model.addAttribute("schoolApplication", application);
    model.addAttribute("schoolName", schools.find(guardian.municipalityCode(),
        application.requestedSchoolId()).map(s -> s.name(lang)).orElse(""));
    model.addAttribute("history", cases.history(caseId));
    var decision = decisions.forCase(caseId);
    model.addAttribute("decision", decision.orElse(null));
    var notices = decision.map(d -> notifications.forDecision(d.id()).stream()
        .filter(n -> n.recipientId().equals(guardian.personId())).toList()).orElse(List.of());
    model.addAttribute("notices", notices);
    model.addAttribute("events", notices.stream().collect(Collectors.toMap(n -> n.id(),
        n -> notifications.events(n.id()))));
    model.addAttribute("deadlines", notices.stream().filter(n -> !n.awaitingReceipt())
        .collect(Collectors.toMap(n -> n.id(), n -> decisions.remedyDeadline(
            decision.get().decisionType(), n.deemedNotifiedOn()))));
    model.addAttribute("rectification", rectifications.forGuardian(guardian, caseId));
    model.addAttribute("documentReady", decision.map(d -> d.signedAt() != null).orElse(false));
    return "guardian/case";
  }

  @PostMapping("/cases/{caseId}/withdrawal")
  String withdraw(@PathVariable UUID caseId) {
    KansliaUser guardian = guardian();
    ownCase(guardian, caseId);
    boolean withdrawn = applications.withdraw(guardian, caseId);
    return "redirect:/guardian/cases/" + caseId + (withdrawn ? "?withdrawn" : "?tooLate");
  }

  /** The guardian takes or declines a place granted in a secondary application. */
  @PostMapping("/cases/{caseId}/place-answer")
  String answerPlace(@PathVariable UUID caseId,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String answer) {
    KansliaUser guardian = guardian();
    ownCase(guardian, caseId);
    if (!"ACCEPT".equals(answer) && !"DECLINE".equals(answer)) {
      return "redirect:/guardian/cases/" + caseId + "?answerMissing";
    }
    try {
      secondaryPlaces.answer(guardian, caseId, "ACCEPT".equals(answer));
    } catch (fi.kanslia.platform.InputRefusedException e) {
      return "redirect:/guardian/cases/" + caseId + "?answerRefused";
    }
    return "redirect:/guardian/cases/" + caseId + "?answered";
  }

  @PostMapping("/cases/{caseId}/rectification")
  String requestRectification(@PathVariable UUID caseId,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String text) {
    KansliaUser guardian = guardian();
    String page = "redirect:" + pageOf(ownCase(guardian, caseId));
    try {
      rectifications.file(guardian, caseId, text);
      return page + "?rectificationFiled#rectification";
    } catch (RectificationRefusedException e) {
      return page + "?rectificationRefused=" + e.reason() + "#rectification";
    }
  }

  @GetMapping("/cases/{caseId}/decision.pdf")
  ResponseEntity<byte[]> decisionDocument(@PathVariable UUID caseId) {
    KansliaUser guardian = guardian();
    CaseFile caseFile = ownCase(guardian, caseId);
    byte[] pdf = decisions.signedDocument(caseId)
        .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
            org.springframework.http.HttpStatus.NOT_FOUND, "The decision is not ready yet"));
    audit.record(new AuditEvent(guardian.municipalityCode(), guardian.auditName(), "READ",
        "decision-document", caseFile.caseNumber(), "Party reads the decision of their own case"));
    decisions.forCase(caseId).ifPresent(d ->
        notifications.markRead(guardian.municipalityCode(), d.id(), guardian.personId()));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("decision-" + caseFile.caseNumber().replace('/', '-') + ".pdf").build().toString())
        .body(pdf);
  }

  /** The guardian's page of a case, by its family. */
  private static String pageOf(CaseFile caseFile) {
    return switch (caseFile.caseType()) {
      case SupportCases.CASE_TYPE -> "/guardian/support/" + caseFile.id();
      case CohortAssignments.CASE_TYPE -> "/guardian/cohort/" + caseFile.id();
      case AdmissionCases.CASE_TYPE, AdmissionCases.OFFER_CASE_TYPE ->
          AdmissionCases.guardianPath(caseFile.id());
      case RectificationRequests.IMPLEMENTING_CASE_TYPE -> "/guardian/rectification/" + caseFile.id();
      default -> "/guardian/cases/" + caseFile.id();
    };
  }

  private CaseFile ownCase(KansliaUser guardian, UUID caseId) {
    return cases.find(guardian.municipalityCode(), caseId)
        .filter(c -> people.isGuardianOf(guardian.municipalityCode(), guardian.personId(), c.childId()))
        .orElseThrow(() -> new AccessDeniedException("Not a case of the guardian's children"));
  }

  private DynamicOptions options(KansliaUser guardian, Locale locale) {
    return form.options(children(guardian), schools.inMunicipality(guardian.municipalityCode()), locale);
  }

  private List<Person> children(KansliaUser guardian) {
    return people.childrenOf(guardian.municipalityCode(), guardian.personId());
  }

  private KansliaUser guardian() {
    return currentUser.require(Role.GUARDIAN);
  }
}
