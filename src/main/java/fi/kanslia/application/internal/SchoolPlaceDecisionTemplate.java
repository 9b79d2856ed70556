package fi.kanslia.application.internal;

import fi.kanslia.application.SchoolPlaceApplication;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.decision.DecisionRecipient;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.DecisionTemplate;
import fi.kanslia.decision.DecisionText;
import fi.kanslia.decision.DecisionTexts;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.notification.Channel;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The school-place decision: the child is placed at the requested school, or the application is
 * rejected and the neighbourhood school stands. Texts in i18n/school-place-decision_fi/sv, and
 * for a secondary application (a school other than the neighbourhood school) in
 * i18n/secondary-place-decision_fi/sv.
 */
@Component
class SchoolPlaceDecisionTemplate implements DecisionTemplate {

  /**
   * The secondary application's decision: the same structure, its own texts, and the facts the
   * criteria's order rested on (the priority group and the length of the school journey).
   */
  @Component
  static class SecondaryPlace extends SchoolPlaceDecisionTemplate {

    private final SecondaryCriteria criteria;
    private final People population;

    SecondaryPlace(SchoolPlaceApplications applications, People people, Schools schools,
        Clock clock, SecondaryCriteria criteria) {
      super(applications, people, schools, clock, Decisions.SECONDARY_PLACE,
          "i18n/secondary-place-decision");
      this.criteria = criteria;
      this.population = people;
    }

    /**
     * E.g. "Etusijaryhmä oppilaaksiottoperusteiden mukaan: muut hakijat; koulumatka 4,5 km
     * linnuntietä." The length is left out for a child whose address is protected (turvakielto):
     * with the school's location it would narrow down where the child lives, and the decision is a
     * public record.
     */
    @Override
    String criteriaFacts(SchoolPlaceApplication application, School school, Locale locale) {
      SecondaryCriteria.Standing standing = criteria.of(application, school);
      boolean protectedAddress = population.find(application.municipalityCode(),
          application.childId()).map(Person::addressProtected).orElse(true);
      String journey = protectedAddress ? text("journey.withheld", locale)
          : standing.distanceMetres() == null ? text("journey.unknown", locale)
          : text("journey." + criteria.measure().name(), locale,
              BigDecimal.valueOf(standing.distanceMetres()).movePointLeft(3));
      return text("criteria", locale, text("criteria.group." + standing.priorityGroup(), locale),
          journey);
    }
  }

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final SchoolPlaceApplications applications;
  private final People people;
  private final Schools schools;
  private final Clock clock;
  private final String decisionType;
  private final DecisionTexts texts;

  @org.springframework.beans.factory.annotation.Autowired
  SchoolPlaceDecisionTemplate(SchoolPlaceApplications applications, People people,
      Schools schools, Clock clock) {
    this(applications, people, schools, clock, Decisions.SCHOOL_PLACE, "i18n/school-place-decision");
  }

  SchoolPlaceDecisionTemplate(SchoolPlaceApplications applications, People people,
      Schools schools, Clock clock, String decisionType, String bundle) {
    this.decisionType = decisionType;
    this.texts = new DecisionTexts(bundle);
    this.applications = applications;
    this.people = people;
    this.schools = schools;
    this.clock = clock;
  }

  @Override
  public String decisionType() {
    return decisionType;
  }

  @Override
  public String language(String municipalityCode, UUID caseId) {
    return application(municipalityCode, caseId).languageOfInstruction();
  }

  @Override
  public DecisionText text(DecisionSummary decision) {
    String m = decision.municipalityCode();
    SchoolPlaceApplication application = application(m, decision.caseId());
    Person child = people.find(m, application.childId()).orElseThrow();
    String lang = decision.language();
    Locale locale = Locale.of(lang);
    School school = schools.find(m, application.requestedSchoolId()).orElseThrow();
    String schoolName = school.name(lang);
    List<DecisionText.Party> parties = new ArrayList<>();
    parties.add(new DecisionText.Party(child.fullName(), text("role.child", locale)));
    for (Person guardian : people.guardiansOf(m, child.id())) {
      parties.add(new DecisionText.Party(guardian.fullName(), text("role.guardian", locale)));
    }
    boolean approved = decision.outcome() == Outcome.APPROVED;
    String decisionText = text(approved ? "decision.approved" : "decision.rejected", locale,
        child.fullName(), DATE.format(child.birthDate()), schoolName,
        DATE.format(application.startDate()), application.grade());
    if (!approved && application.waitingPosition() != null) {
      decisionText += " " + text("decision.waiting", locale, schoolName,
          application.waitingPosition());
    }
    String facts = criteriaFacts(application, school, locale);
    if (facts != null) {
      decisionText += " " + facts;
    }
    String rights;
    if (approved) {
      rights = text("rights.approved", locale, schoolName);
    } else if (application.neighbourhoodSchoolId() == null) {
      rights = text("rights.rejected.no-neighbourhood", locale);
    } else {
      rights = text("rights.rejected", locale, schools.find(m, application.neighbourhoodSchoolId())
          .map((School s) -> s.name(lang)).orElseThrow());
    }
    return new DecisionText(text("title", locale), text("body", locale, schoolName), parties,
        decisionText, rights);
  }

  @Override
  public List<DecisionRecipient> recipients(DecisionSummary decision) {
    String m = decision.municipalityCode();
    SchoolPlaceApplication application = application(m, decision.caseId());
    List<DecisionRecipient> recipients = new ArrayList<>();
    for (Person guardian : people.guardiansOf(m, application.childId())) {
      boolean applicant = guardian.id().equals(application.guardianId());
      boolean consented = applicant && application.electronicNotificationConsent();
      recipients.add(new DecisionRecipient(guardian.id(),
          consented ? Channel.ELECTRONIC : Channel.LETTER,
          applicant ? application.guardianEmail() : null, guardian.language()));
    }
    Person child = people.find(m, application.childId()).orElseThrow();
    if (DecisionRecipient.hasOwnStanding(child.birthDate(),
        clock.instant().atZone(FINLAND).toLocalDate())) {
      recipients.add(new DecisionRecipient(child.id(), Channel.LETTER, null, child.language()));
    }
    return recipients;
  }

  @Override
  public List<String> reasoningSnippets(String language) {
    return texts.snippets(language);
  }

  /** The facts of the admission criteria that the decision states, if its type has any. */
  String criteriaFacts(SchoolPlaceApplication application, School school, Locale locale) {
    return null;
  }

  private SchoolPlaceApplication application(String municipalityCode, UUID caseId) {
    return applications.find(caseId)
        .filter(a -> a.municipalityCode().equals(municipalityCode))
        .orElseThrow(() -> new IllegalArgumentException("No application for case " + caseId));
  }

  String text(String key, Locale locale, Object... args) {
    return texts.text(key, locale, args);
  }
}
