package fi.kanslia.admission.internal;

import fi.kanslia.decision.DecisionRecipient;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.DecisionText;
import fi.kanslia.decision.DecisionTexts;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.notification.Channel;
import fi.kanslia.school.Schools;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The texts of admission decisions (i18n/admission-decision_fi/sv), from the published run's
 * explanation of the applicant: the operative text, the parties, the reasoning (rank, score, the
 * programme's lowest accepted score, the lottery number where it decided) and the rights. The
 * score is the one the ranking used; other test results stay in the case file.
 */
@Component
class AdmissionDecisionWriter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final JdbcClient jdbc;
  private final AdmissionStore store;
  private final People people;
  private final Schools schools;
  private final PlacementService placements;
  private final DecisionTexts texts = new DecisionTexts("i18n/admission-decision");

  AdmissionDecisionWriter(JdbcClient jdbc, AdmissionStore store, People people, Schools schools,
      PlacementService placements) {
    this.jdbc = jdbc;
    this.store = store;
    this.people = people;
    this.schools = schools;
    this.placements = placements;
  }

  /** The offer of a vacant place behind an offer case. */
  record Offer(UUID caseId, UUID roundId, UUID applicationCaseId, UUID programmeId, int offerRound,
      Instant answerDeadline, String answer) {}

  Optional<Offer> offer(UUID caseId) {
    return jdbc.sql("select * from admission_offer where case_id = ?").param(caseId)
        .query((rs, n) -> new Offer(rs.getObject("case_id", UUID.class),
            rs.getObject("round_id", UUID.class), rs.getObject("application_case_id", UUID.class),
            rs.getObject("programme_id", UUID.class), rs.getInt("offer_round"),
            rs.getTimestamp("answer_deadline").toInstant(), rs.getString("answer")))
        .optional();
  }

  /** The language of the decision: the child's. */
  String language(String municipalityCode, UUID caseId) {
    return child(municipalityCode, applicationOf(caseId)).language();
  }

  /** The reasoning of an application's decision, written when the decision is taken. */
  String reasoning(String language, Round round, List<PlacementService.Entry> entries) {
    Locale locale = Locale.of(language);
    Map<UUID, Programme> programmes = programmes(round.id());
    List<String> lines = new ArrayList<>();
    lines.add(text("reason.basis", locale));
    if (entries.isEmpty()) {
      lines.add(text("reason.notEligible", locale));
    }
    for (PlacementService.Entry e : entries) {
      String name = programmeName(programmes.get(e.programmeId()), round.municipalityCode(), locale);
      String lowest = e.cutoffScore() == null ? "-" : plain(e.cutoffScore());
      lines.add(e.admitted()
          ? text("reason.admitted", locale, name, e.preferenceRank(), plain(e.score()), lowest)
          : text("reason.waiting", locale, name, e.preferenceRank(), plain(e.score()), lowest,
              e.position()));
      if (e.lotteryNumber() != null) {
        lines.add(text("reason.lottery", locale, e.lotteryNumber()));
      }
    }
    return String.join(" ", lines);
  }

  String offerReasoning(String language, Round round, UUID programmeId) {
    Locale locale = Locale.of(language);
    return text("reason.basis", locale) + " " + text("reason.offer", locale,
        programmeName(programmes(round.id()).get(programmeId), round.municipalityCode(), locale));
  }

  DecisionText text(DecisionSummary decision) {
    String m = decision.municipalityCode();
    Locale locale = Locale.of(decision.language());
    Optional<Offer> offer = offer(decision.caseId());
    Application application = applicationOf(decision.caseId());
    Round round = store.roundForProcessing(application.roundId());
    Map<UUID, Programme> programmes = programmes(round.id());
    Person child = child(m, application);
    String name = child.fullName();
    String born = DATE.format(child.birthDate());
    String operative;
    String rights;
    String title;
    UUID bodyProgramme;
    if (offer.isPresent()) {
      bodyProgramme = offer.get().programmeId();
      title = text("title.admission", locale);
      operative = text("decision.offer", locale, name, born,
          programmeName(programmes.get(bodyProgramme), m, locale));
      rights = text("rights.admitted", locale, date(offer.get().answerDeadline()));
    } else {
      List<PlacementService.Entry> entries = round.publishedRun() == null ? List.of()
          : placements.entries(round.id(), round.publishedRun(), application.caseId());
      Optional<PlacementService.Entry> admitted = entries.stream()
          .filter(PlacementService.Entry::admitted).findFirst();
      List<PlacementService.Entry> waiting = entries.stream().filter(e -> !e.admitted()).toList();
      bodyProgramme = admitted.map(PlacementService.Entry::programmeId)
          .orElse(store.preferences(application.caseId()).getFirst().programmeId());
      if (admitted.isPresent()) {
        title = text("title.admission", locale);
        operative = text("decision.admitted", locale, name, born,
            programmeName(programmes.get(admitted.get().programmeId()), m, locale));
        rights = text("rights.admitted", locale, date(round.acceptanceDeadline()));
      } else if (decision.outcome() == Outcome.REJECTED && !waiting.isEmpty()) {
        title = text("title.waiting", locale);
        operative = text("decision.waiting", locale, name, born, waiting.stream()
            .map(e -> text("waiting.entry", locale,
                programmeName(programmes.get(e.programmeId()), m, locale), e.position()))
            .collect(Collectors.joining("; ")));
        rights = text("rights.waiting", locale, date(round.vacancyClosingDate()));
      } else {
        title = text("title.admission", locale);
        operative = text("decision.rejected", locale, name, born);
        rights = text("rights.rejected", locale);
      }
    }
    List<DecisionText.Party> parties = new ArrayList<>();
    parties.add(new DecisionText.Party(name, text("role.pupil", locale)));
    for (Person guardian : people.guardiansOf(m, child.id())) {
      parties.add(new DecisionText.Party(guardian.fullName(), text("role.guardian", locale)));
    }
    String school = schools.find(m, programmes.get(bodyProgramme).schoolId())
        .map(s -> s.name(decision.language())).orElse("");
    return new DecisionText(title, text("body", locale, school), parties, operative, rights);
  }

  List<DecisionRecipient> recipients(DecisionSummary decision) {
    Application application = applicationOf(decision.caseId());
    return people.guardiansOf(decision.municipalityCode(), application.childId()).stream()
        .map(g -> new DecisionRecipient(g.id(), Channel.LETTER, null, g.language())).toList();
  }

  List<String> snippets(String language) {
    return texts.snippets(language);
  }

  String programmeName(Programme programme, String municipalityCode, Locale locale) {
    String school = schools.find(municipalityCode, programme.schoolId())
        .map(s -> s.name(locale.getLanguage())).orElse("");
    return text("programme", locale, text("type." + programme.programmeType(), locale), school);
  }

  private Application applicationOf(UUID caseId) {
    UUID applicationCase = offer(caseId).map(Offer::applicationCaseId).orElse(caseId);
    return store.applicationForProcessing(applicationCase);
  }

  private Person child(String municipalityCode, Application application) {
    return people.find(municipalityCode, application.childId()).orElseThrow();
  }

  private Map<UUID, Programme> programmes(UUID roundId) {
    return store.programmes(roundId).stream()
        .collect(Collectors.toMap(Programme::id, Function.identity()));
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String date(Instant instant) {
    return DATE.format(instant.atZone(RoundService.FINLAND));
  }

  private String text(String key, Locale locale, Object... args) {
    return texts.text(key, locale, args);
  }
}
