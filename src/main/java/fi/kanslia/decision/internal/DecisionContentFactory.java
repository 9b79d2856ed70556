package fi.kanslia.decision.internal;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.DecisionText;
import fi.kanslia.decision.DecisionTexts;
import fi.kanslia.decision.LegalRules;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.DecisionContent.Instruction;
import fi.kanslia.documents.DecisionContent.Party;
import fi.kanslia.identity.People;
import fi.kanslia.identity.StaffMember;
import fi.kanslia.school.Municipality;
import fi.kanslia.school.Schools;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Builds a decision's structured content: the type's template gives the type-specific text, the
 * decision rules give the provisions, the instruction and the publicity, and the case register,
 * the municipality and the decision maker give the rest.
 */
@Component
class DecisionContentFactory {

  private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

  private final CaseFiles cases;
  private final People people;
  private final Schools schools;
  private final DecisionTemplates templates;
  private final DecisionRuleBook rules;
  private final DecisionTexts texts = new DecisionTexts("i18n/decision-instructions");

  DecisionContentFactory(CaseFiles cases, People people, Schools schools,
      DecisionTemplates templates, DecisionRuleBook rules) {
    this.cases = cases;
    this.people = people;
    this.schools = schools;
    this.templates = templates;
    this.rules = rules;
  }

  DecisionContent build(DecisionSummary decision) {
    String m = decision.municipalityCode();
    CaseFile caseFile = cases.find(m, decision.caseId()).orElseThrow();
    Municipality municipality = schools.municipality(m);
    StaffMember official = people.staffMember(m, decision.decidedBy()).orElseThrow();
    String lang = decision.language();
    Locale locale = Locale.of(lang);
    DecisionText text = templates.of(decision.decisionType()).text(decision);
    LegalRules legal = templates.rules(decision, rules.of(decision.decisionType()));
    String kind = legal.instructionKind();
    return new DecisionContent(
        DecisionContent.Language.of(lang),
        new DecisionContent.Authority(municipality.name(lang), text.decidingBody()),
        new DecisionContent.DecisionMaker(official.name(), official.title()),
        caseFile.caseNumber(),
        decision.decidedAt().atZone(FINLAND).toLocalDate(),
        text.title(),
        text.parties().stream().map(p -> new Party(p.name(), p.role())).toList(),
        text.decision(),
        decision.reasoning(),
        legal.provisions(),
        text.rightsAndObligations(),
        new DecisionContent.ContactPerson(official.name(), official.title(), official.phone(),
            official.email()),
        kind.isBlank() ? null : new Instruction(Instruction.Kind.valueOf(kind),
            legal.authority().name(lang), legal.authority().postalAddress(),
            legal.authority().email(), legal.periodDays(),
            texts.text("instruction." + kind + ".counting", locale, legal.periodDays()),
            texts.text("instruction." + kind + ".body", locale, legal.instructionLegalBasis())),
        new DecisionContent.Publicity(
            DecisionContent.PublicityClass.valueOf(legal.publicityClass()),
            legal.publicityLegalBasis()));
  }
}
