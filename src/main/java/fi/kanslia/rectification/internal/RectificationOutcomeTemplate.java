package fi.kanslia.rectification.internal;

import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionRecipient;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.DecisionTemplate;
import fi.kanslia.decision.DecisionText;
import fi.kanslia.decision.DecisionTexts;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.LegalRules;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.notification.Channel;
import fi.kanslia.notification.Notice;
import fi.kanslia.notification.Notifications;
import fi.kanslia.rectification.RectificationRequest;
import fi.kanslia.school.Schools;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The municipality's decision implementing a granted rectification request (RECTIFICATION_OUTCOME):
 * it cites the authority's decision and the decision it amends, and states the amended outcome. A
 * rejected school place becomes a place at the requested school; for other decisions the official's
 * reasoning states the amendment. In the original decision's language, as confidential as the
 * original, and kept like it. Texts in i18n/rectification-outcome_fi/sv.
 */
@Component
class RectificationOutcomeTemplate implements DecisionTemplate {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final RectificationStore store;
  private final Decisions decisions;
  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final SchoolPlaceApplications applications;
  private final Notifications notifications;
  private final Clock clock;
  private final DecisionTexts texts = new DecisionTexts("i18n/rectification-outcome");

  RectificationOutcomeTemplate(RectificationStore store, Decisions decisions, CaseFiles cases,
      People people, Schools schools, SchoolPlaceApplications applications,
      Notifications notifications, Clock clock) {
    this.store = store;
    this.decisions = decisions;
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.applications = applications;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public String decisionType() {
    return Decisions.RECTIFICATION_OUTCOME;
  }

  @Override
  public String language(String municipalityCode, UUID caseId) {
    return original(request(caseId)).language();
  }

  @Override
  public DecisionText text(DecisionSummary decision) {
    String m = decision.municipalityCode();
    String lang = decision.language();
    Locale locale = Locale.of(lang);
    RectificationRequest request = request(decision.caseId());
    DecisionSummary original = original(request);
    CaseFile originalCase = cases.findForProcessing(request.caseId()).orElseThrow();
    Person child = people.find(m, originalCase.childId()).orElseThrow();

    List<DecisionText.Party> parties = new ArrayList<>();
    parties.add(new DecisionText.Party(child.fullName(), text("role.child", locale)));
    for (Person guardian : people.guardiansOf(m, child.id())) {
      parties.add(new DecisionText.Party(guardian.fullName(), text(
          guardian.id().equals(request.requestedBy()) ? "role.requester" : "role.guardian", locale)));
    }
    String authority = decisions.rules(original).authority().name(lang);
    String intro = text("decision.intro", locale, authority, DATE.format(request.authorityDecidedOn()),
        request.outcomeReference(), original.title() == null ? "" : original.title(),
        DATE.format(original.decidedAt().atZone(FINLAND)), originalCase.caseNumber());
    String school = placeGranted(original) ? requestedSchool(m, request.caseId(), lang) : null;
    String operative = intro + " " + (school != null
        ? text("decision.place", locale, child.fullName(), DATE.format(child.birthDate()), school)
        : text("decision.amended", locale, originalCase.caseNumber(), authority));
    String rights = (school != null ? text("rights.place", locale, school) + " " : "")
        + text("rights", locale, authority);
    String unit = people.staffMember(m, decision.decidedBy())
        .flatMap(s -> schools.find(m, s.schoolId())).map(s -> s.name(lang)).orElse("");
    return new DecisionText(text("title", locale), text("body", locale, unit), parties, operative,
        rights);
  }

  /** Every party notified of the original decision, by the way they were notified of it. */
  @Override
  public List<DecisionRecipient> recipients(DecisionSummary decision) {
    String m = decision.municipalityCode();
    DecisionSummary original = original(request(decision.caseId()));
    CaseFile originalCase = cases.findForProcessing(original.caseId()).orElseThrow();
    Map<UUID, Channel> channels = notifications.forDecision(original.id()).stream()
        .collect(Collectors.toMap(Notice::recipientId, Notice::channel, (a, b) -> a));
    List<DecisionRecipient> recipients = new ArrayList<>();
    for (Person guardian : people.guardiansOf(m, originalCase.childId())) {
      recipients.add(new DecisionRecipient(guardian.id(),
          channels.getOrDefault(guardian.id(), Channel.LETTER), null, guardian.language()));
    }
    Person child = people.find(m, originalCase.childId()).orElseThrow();
    if (channels.containsKey(child.id()) || DecisionRecipient.hasOwnStanding(child.birthDate(),
        clock.instant().atZone(FINLAND).toLocalDate())) {
      recipients.add(new DecisionRecipient(child.id(),
          channels.getOrDefault(child.id(), Channel.LETTER), null, child.language()));
    }
    return recipients;
  }

  @Override
  public List<String> reasoningSnippets(String language) {
    return texts.snippets(language);
  }

  /** As confidential as the decision it amends (a support decision stays confidential). */
  @Override
  public LegalRules rules(LegalRules ofType, DecisionSummary decision) {
    return ofType.withPublicityAtLeastOf(decisions.rules(original(request(decision.caseId()))));
  }

  /** Kept like the decision it amends (task class, retention, secrecy period). */
  @Override
  public String recordsType(DecisionSummary decision) {
    return decisions.recordsType(original(request(decision.caseId())));
  }

  private boolean placeGranted(DecisionSummary original) {
    return (Decisions.SCHOOL_PLACE.equals(original.decisionType())
        || Decisions.SECONDARY_PLACE.equals(original.decisionType()))
        && original.outcome() == Outcome.REJECTED;
  }

  private String requestedSchool(String m, UUID originalCaseId, String lang) {
    return applications.find(originalCaseId)
        .flatMap(a -> schools.find(m, a.requestedSchoolId()))
        .map(s -> s.name(lang)).orElseThrow();
  }

  private RectificationRequest request(UUID implementingCaseId) {
    return store.implementedBy(implementingCaseId).orElseThrow(() ->
        new IllegalArgumentException("No rectification request implemented by " + implementingCaseId));
  }

  private DecisionSummary original(RectificationRequest request) {
    return decisions.forCase(request.caseId()).orElseThrow();
  }

  private String text(String key, Locale locale, Object... args) {
    return texts.text(key, locale, args);
  }
}
