package fi.kanslia.support.internal;

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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The decision on pupil-level support: the measures and from when, the review date, the record of
 * the hearing, and that the decision is enforced at once. In the school's language; texts in
 * i18n/support-decision_fi/sv.
 */
@Component
class SupportDecisionTemplate implements DecisionTemplate {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final SupportService support;
  private final People people;
  private final DecisionTexts texts = new DecisionTexts("i18n/support-decision");

  SupportDecisionTemplate(SupportService support, People people) {
    this.support = support;
    this.people = people;
  }

  @Override
  public String decisionType() {
    return Decisions.SUPPORT;
  }

  @Override
  public String language(String municipalityCode, UUID caseId) {
    return support.school(supportCase(municipalityCode, caseId)).language();
  }

  @Override
  public DecisionText text(DecisionSummary decision) {
    String m = decision.municipalityCode();
    SupportCase sc = supportCase(m, decision.caseId());
    Locale locale = Locale.of(decision.language());
    Person pupil = people.find(m, sc.pupilId()).orElseThrow();
    List<DecisionText.Party> parties = new ArrayList<>();
    parties.add(new DecisionText.Party(pupil.fullName(), text("role.pupil", locale)));
    for (Person guardian : people.guardiansOf(m, pupil.id())) {
      parties.add(new DecisionText.Party(guardian.fullName(), text("role.guardian", locale)));
    }
    String schoolName = support.school(sc).name(decision.language());
    String measures = sc.pupilLevelMeasures().stream()
        .map(measure -> text("measure." + measure.name(), locale))
        .collect(Collectors.joining("; "));
    boolean granted = decision.outcome() == Outcome.APPROVED;
    String operative = granted
        ? text("decision.granted", locale, pupil.fullName(), DATE.format(pupil.birthDate()),
            measures, sc.supportStart() == null ? "" : DATE.format(sc.supportStart()), schoolName,
            sc.reviewDate() == null ? "" : DATE.format(sc.reviewDate()))
        : text("decision.denied", locale, pupil.fullName(), DATE.format(pupil.birthDate()));
    String rights = (granted ? text("rights.granted", locale) : text("rights.denied", locale))
        + " " + hearingRecord(sc, locale);
    return new DecisionText(text("title", locale), text("body", locale, schoolName), parties,
        operative, rights);
  }

  /** HL 34 §: who was heard, and whether they answered by the deadline. */
  private String hearingRecord(SupportCase sc, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (HearingRequest h : support.hearings(sc.caseId())) {
      String name = people.find(sc.municipalityCode(), h.partyId()).map(Person::fullName).orElse("");
      String deadline = DATE.format(h.deadline().atZone(SupportService.FINLAND));
      lines.add(h.answered()
          ? text("hearing.answered", locale, name,
              DATE.format(h.answeredAt().atZone(SupportService.FINLAND)))
          : text("hearing.unanswered", locale, name, deadline));
    }
    return lines.isEmpty() ? text("hearing.none", locale)
        : text("hearing.intro", locale) + " " + String.join(" ", lines);
  }

  @Override
  public List<DecisionRecipient> recipients(DecisionSummary decision) {
    SupportCase sc = supportCase(decision.municipalityCode(), decision.caseId());
    return support.partiesToHear(sc).stream()
        .map(p -> new DecisionRecipient(p.id(), Channel.LETTER, null, p.language())).toList();
  }

  @Override
  public List<String> reasoningSnippets(String language) {
    return texts.snippets(language);
  }

  private SupportCase supportCase(String municipalityCode, UUID caseId) {
    return support.find(municipalityCode, caseId)
        .orElseThrow(() -> new IllegalArgumentException("No support case " + caseId));
  }

  private String text(String key, Locale locale, Object... args) {
    return texts.text(key, locale, args);
  }
}
