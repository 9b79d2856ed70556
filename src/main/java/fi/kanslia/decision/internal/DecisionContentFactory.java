package fi.kanslia.decision.internal;

import fi.kanslia.application.SchoolPlaceApplication;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Outcome;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.DecisionContent.Instruction;
import fi.kanslia.documents.DecisionContent.Party;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.StaffMember;
import fi.kanslia.school.Municipality;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/** Builds a decision's structured content from the case's data and the type's configuration. */
@Component
class DecisionContentFactory {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final CaseFiles cases;
  private final SchoolPlaceApplications applications;
  private final People people;
  private final Schools schools;
  private final DecisionTypeProperties type;
  private final MessageSource texts;

  DecisionContentFactory(CaseFiles cases, SchoolPlaceApplications applications, People people,
      Schools schools, DecisionTypeProperties type) {
    this.cases = cases;
    this.applications = applications;
    this.people = people;
    this.schools = schools;
    this.type = type;
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/decision-texts");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    this.texts = source;
  }

  DecisionContent build(DecisionSummary decision) {
    String m = decision.municipalityCode();
    CaseFile caseFile = cases.find(m, decision.caseId()).orElseThrow();
    SchoolPlaceApplication application = applications.find(decision.caseId()).orElseThrow();
    Person child = people.find(m, application.childId()).orElseThrow();
    School school = schools.find(m, application.requestedSchoolId()).orElseThrow();
    Municipality municipality = schools.municipality(m);
    StaffMember official = people.staffMember(m, decision.decidedBy()).orElseThrow();
    String lang = decision.language();
    Locale locale = Locale.of(lang);

    List<Party> parties = new ArrayList<>();
    parties.add(new Party(child.fullName(), text("role.child", locale)));
    for (Person guardian : people.guardiansOf(m, child.id())) {
      parties.add(new Party(guardian.fullName(), text("role.guardian", locale)));
    }
    String schoolName = school.name(lang);
    String decisionText = text(decision.outcome() == Outcome.APPROVED
        ? "decision.approved" : "decision.rejected", locale,
        child.fullName(), DATE.format(child.birthDate()), schoolName,
        DATE.format(application.startDate()));
    var instruction = type.instruction();
    return new DecisionContent(
        DecisionContent.Language.of(lang),
        new DecisionContent.Authority(municipality.name(lang), text("body", locale, schoolName)),
        new DecisionContent.DecisionMaker(official.name(), official.title()),
        caseFile.caseNumber(),
        decision.decidedAt().atZone(FINLAND).toLocalDate(),
        text("title", locale),
        parties,
        decisionText,
        decision.reasoning(),
        type.provisions(),
        rights(decision, application, lang, locale, schoolName),
        new DecisionContent.ContactPerson(official.name(), official.title(), official.phone(),
            official.email()),
        new Instruction(Instruction.Kind.valueOf(instruction.kind()), instruction.authority(),
            instruction.postalAddress(), instruction.email(), instruction.periodDays(),
            text("instruction.counting", locale, instruction.periodDays()),
            text("instruction.body", locale, instruction.legalBasis())),
        new DecisionContent.Publicity(
            DecisionContent.PublicityClass.valueOf(type.publicityClass()),
            type.publicityLegalBasis()));
  }

  private String rights(DecisionSummary decision, SchoolPlaceApplication application, String lang,
      Locale locale, String schoolName) {
    if (decision.outcome() == Outcome.APPROVED) {
      return text("rights.approved", locale, schoolName);
    }
    return application.neighbourhoodSchoolId() == null
        ? text("rights.rejected.no-neighbourhood", locale)
        : text("rights.rejected", locale, schools.find(decision.municipalityCode(),
            application.neighbourhoodSchoolId()).map(s -> s.name(lang)).orElseThrow());
  }

  private String text(String key, Locale locale, Object... args) {
    return texts.getMessage(key, args, locale);
  }
}
