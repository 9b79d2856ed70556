package fi.kanslia.cohort.internal;

import fi.kanslia.cohort.CohortAssignments;
import fi.kanslia.decision.DecisionRecipient;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.DecisionTemplate;
import fi.kanslia.decision.DecisionText;
import fi.kanslia.decision.DecisionTexts;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.notification.Channel;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The neighbourhood-school decision of one child of a cohort: the school, from when, and what the
 * guardian may do (accept, or apply elsewhere by the deadline). In the school's language; texts in
 * i18n/neighbourhood-school-decision_fi/sv.
 */
@Component
class CohortDecisionTemplate implements DecisionTemplate {

  static final DecisionTexts TEXTS = new DecisionTexts("i18n/neighbourhood-school-decision");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final CohortService cohorts;
  private final People people;
  private final Schools schools;
  private final Clock clock;

  CohortDecisionTemplate(CohortService cohorts, People people, Schools schools, Clock clock) {
    this.cohorts = cohorts;
    this.people = people;
    this.schools = schools;
    this.clock = clock;
  }

  @Override
  public String decisionType() {
    return CohortAssignments.DECISION_TYPE;
  }

  @Override
  public String language(String municipalityCode, UUID caseId) {
    return school(municipalityCode, assignment(municipalityCode, caseId)).language();
  }

  @Override
  public DecisionText text(DecisionSummary decision) {
    String m = decision.municipalityCode();
    CohortService.Assignment a = assignment(m, decision.caseId());
    CohortService.CohortRun run = cohorts.run(a.runId()).orElseThrow();
    Locale locale = Locale.of(decision.language());
    Person child = people.find(m, a.childId()).orElseThrow();
    String schoolName = school(m, a).name(decision.language());
    List<DecisionText.Party> parties = new ArrayList<>();
    parties.add(new DecisionText.Party(child.fullName(), TEXTS.text("role.child", locale)));
    for (Person guardian : people.guardiansOf(m, child.id())) {
      parties.add(new DecisionText.Party(guardian.fullName(), TEXTS.text("role.guardian", locale)));
    }
    return new DecisionText(TEXTS.text("title", locale), TEXTS.text("body", locale),
        parties,
        TEXTS.text("decision", locale, child.fullName(), DATE.format(child.birthDate()), schoolName,
            DATE.format(run.startDate())),
        TEXTS.text("rights", locale, schoolName,
            DATE.format(run.acceptanceDeadline().atZone(CohortService.FINLAND))));
  }

  @Override
  public List<DecisionRecipient> recipients(DecisionSummary decision) {
    String m = decision.municipalityCode();
    Person child = people.find(m, assignment(m, decision.caseId()).childId()).orElseThrow();
    List<DecisionRecipient> recipients = new ArrayList<>();
    for (Person guardian : people.guardiansOf(m, child.id())) {
      recipients.add(new DecisionRecipient(guardian.id(), Channel.LETTER, null, guardian.language()));
    }
    if (DecisionRecipient.hasOwnStanding(child.birthDate(),
        clock.instant().atZone(CohortService.FINLAND).toLocalDate())) {
      recipients.add(new DecisionRecipient(child.id(), Channel.LETTER, null, child.language()));
    }
    return recipients;
  }

  @Override
  public List<String> reasoningSnippets(String language) {
    return TEXTS.snippets(language);
  }

  private CohortService.Assignment assignment(String municipalityCode, UUID caseId) {
    return cohorts.assignmentOfCase(municipalityCode, caseId)
        .orElseThrow(() -> new IllegalArgumentException("No cohort assignment for case " + caseId));
  }

  private School school(String municipalityCode, CohortService.Assignment a) {
    return schools.find(municipalityCode, a.schoolId()).orElseThrow();
  }
}
