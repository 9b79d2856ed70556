package fi.kanslia.demo.internal;

import static fi.kanslia.demo.DemoPopulation.*;

import fi.kanslia.admission.AdmissionRoundSetup;
import fi.kanslia.application.ApplicationForm;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.cohort.CohortAssignments;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.identity.Person;
import fi.kanslia.review.ReviewItem;
import fi.kanslia.review.Reviews;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import fi.kanslia.support.SupportCases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drives demo cases through the real services and processes, exactly as guardians and officials
 * would: some wait in a queue, some are decided and run on to the archive.
 */
@Component
class DemoCases {

  private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
  private static final Duration WAIT_FOR_QUEUE = Duration.ofSeconds(90);

  private final Accounts accounts;
  private final People people;
  private final Schools schools;
  private final SchoolPlaceApplications applications;
  private final Reviews reviews;
  private final SupportCases support;
  private final CohortAssignments cohorts;
  private final AdmissionRoundSetup admissionRounds;

  DemoCases(Accounts accounts, People people, Schools schools,
      SchoolPlaceApplications applications, Reviews reviews, SupportCases support,
      CohortAssignments cohorts, AdmissionRoundSetup admissionRounds) {
    this.admissionRounds = admissionRounds;
    this.support = support;
    this.cohorts = cohorts;
    this.accounts = accounts;
    this.people = people;
    this.schools = schools;
    this.applications = applications;
    this.reviews = reviews;
  }

  void drive() {
    CaseFile aino = apply(GUARDIAN, "Aino", SCHOOL_KUUSIKALLIO, "fi", false);
    CaseFile venla = apply(OTHER_GUARDIAN, "Venla", SCHOOL_KUUSIKALLIO, "fi", false);
    CaseFile ella = apply(SWEDISH_GUARDIAN, "Ella", SCHOOL_HAVSVINDEN, "sv", false);
    apply(OTHER_GUARDIAN, "Leo", SCHOOL_KUUSIKALLIO, "fi", true);
    CaseFile onni = apply(GUARDIAN, "Onni", SCHOOL_LEHTOLAAKSO, "fi", false);
    applications.withdraw(accounts.byUsername(GUARDIAN).orElseThrow(), onni.id());
    decide(OFFICIAL, aino, Outcome.APPROVED, "Kuusikallion koulu on oppilaan lähikoulu ja"
        + " opetuskieli vastaa hakemusta. Koulussa on tilaa.");
    decide(OFFICIAL, venla, Outcome.REJECTED, "Kuusikallion koulu ei ole oppilaan lähikoulu."
        + " Koulun 1. luokat ovat täynnä eikä hakemuksessa ole esitetty erityisiä perusteita.");
    decide(SWEDISH_OFFICIAL, ella, Outcome.APPROVED, "Havsvindens skola är elevens närskola för"
        + " svenskspråkig undervisning och det finns plats i skolan.");
    log.info("Demo cases are on their way: three decided, one waiting in {}'s queue, one withdrawn",
        OFFICIAL);
    supportCaseInHearing();
    cohortAssignment();
    admissionRound();
  }

  /**
   * An admission round to emphasised teaching, open for two weeks: the music class of Kuusikallion
   * koulu and the sports class of Lehtolaakson koulu. Guardians apply at /guardian/admission; the
   * education office scores and places the round at /official/admission.
   */
  private void admissionRound() {
    KansliaUser official = accounts.byUsername(OFFICIAL).orElseThrow();
    String m = official.municipalityCode();
    UUID kuusikallio = school(m, SCHOOL_KUUSIKALLIO);
    UUID lehtolaakso = school(m, SCHOOL_LEHTOLAAKSO);
    Instant now = Instant.now();
    Instant closes = now.plus(Duration.ofDays(14));
    admissionRounds.createAndPublish(official, "Musiikki- ja liikuntaluokat, syksy "
            + (LocalDate.now().getYear() + 1), 2, now.minus(Duration.ofMinutes(1)), closes,
        closes.plus(Duration.ofDays(21)), closes.plus(Duration.ofDays(60)), java.util.List.of(
            new AdmissionRoundSetup.ProgrammeSpec(kuusikallio, "MUSIC", 24, 2),
            new AdmissionRoundSetup.ProgrammeSpec(lehtolaakso, "SPORTS", 24, 0)));
    log.info("Demo admission round to the music and sports classes is open for applications");
  }

  private UUID school(String municipalityCode, String name) {
    return schools.inMunicipality(municipalityCode).stream()
        .filter(s -> s.nameFi().equals(name)).findFirst().orElseThrow().id();
  }

  /**
   * The neighbourhood school assignment of the children born in 2020, at once: their guardians
   * find a decision each and may accept the place or apply elsewhere within 30 days.
   */
  private void cohortAssignment() {
    KansliaUser official = accounts.byUsername(OFFICIAL).orElseThrow();
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
    cohorts.schedule(official, 2020, LocalDate.of(today.getYear() + 1, 8, 11), today,
        today.plusDays(30));
    log.info("Demo cohort 2020 is being assigned its neighbourhood schools");
  }

  /**
   * A support case for Eetu (15) at the hearing: both guardians may answer in the service, the
   * official records Eetu's own answer, and then the principal decides.
   */
  private void supportCaseInHearing() {
    KansliaUser official = accounts.byUsername(OFFICIAL).orElseThrow();
    KansliaUser guardian = accounts.byUsername(GUARDIAN).orElseThrow();
    Person eetu = people.childrenOf(guardian.municipalityCode(), guardian.personId()).stream()
        .filter(p -> p.firstName().equals("Eetu")).findFirst().orElseThrow();
    String m = official.municipalityCode();
    UUID caseId = support.open(official, eetu.id(), "Lukemisen ja kirjoittamisen vaikeudet ovat"
        + " jatkuneet tukiopetuksesta ja samanaikaisopetuksesta huolimatta.");
    if (!awaitStage(m, caseId, "NEEDS_ASSESSMENT")) {
      return;
    }
    support.assess(official, caseId, Set.of("SMALL_GROUP", "AIDS"), "Eetu hyötyy rauhallisesta"
        + " pienryhmästä äidinkielessä ja matematiikassa sekä puhesynteesiohjelmasta.");
    if (!awaitStage(m, caseId, "SUPPORT_PLAN")) {
      return;
    }
    support.plan(official, caseId, "Tavoitteena on lukusujuvuuden ja kirjoittamisen"
        + " vahvistaminen. Äidinkieli ja matematiikka pienryhmässä, muut aineet omassa luokassa.",
        LocalDate.now().plusWeeks(2));
    log.info("Demo support case is at the hearing: {} and huoltaja-mikko may answer", GUARDIAN);
  }

  private boolean awaitStage(String municipalityCode, UUID caseId, String stage) {
    Instant deadline = Instant.now().plus(WAIT_FOR_QUEUE);
    while (Instant.now().isBefore(deadline)) {
      if (support.stage(municipalityCode, caseId).equals(stage)) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    log.warn("Demo support case did not reach {} in time; it is left where it is", stage);
    return false;
  }

  private CaseFile apply(String username, String childFirstName, String schoolName, String language,
      boolean sibling) {
    KansliaUser guardian = accounts.byUsername(username).orElseThrow();
    Person child = people.childrenOf(guardian.municipalityCode(), guardian.personId()).stream()
        .filter(p -> p.firstName().equals(childFirstName)).findFirst().orElseThrow();
    School school = schools.inMunicipality(guardian.municipalityCode()).stream()
        .filter(s -> s.nameFi().equals(schoolName) || s.nameSv().equals(schoolName))
        .findFirst().orElseThrow();
    return applications.submit(guardian, new ApplicationForm(child.id(), school.id(),
        LocalDate.of(2027, 8, 11), language, sibling,
        sibling ? "Sisarus käy samaa koulua." : null, "+358 40 123 4567",
        username + "@example.invalid", true));
  }

  private void decide(String username, CaseFile caseFile, Outcome outcome, String reasoning) {
    KansliaUser official = accounts.byUsername(username).orElseThrow();
    UUID itemId = awaitItem(official, caseFile).map(ReviewItem::id).orElse(null);
    if (itemId == null) {
      log.warn("Demo case {} did not reach {}'s queue in time; it is left waiting",
          caseFile.caseNumber(), username);
      return;
    }
    reviews.decide(official, itemId, outcome, reasoning);
  }

  private Optional<ReviewItem> awaitItem(KansliaUser official, CaseFile caseFile) {
    Instant deadline = Instant.now().plus(WAIT_FOR_QUEUE);
    while (Instant.now().isBefore(deadline)) {
      Optional<ReviewItem> item = reviews.queue(official).stream()
          .filter(i -> i.caseId().equals(caseFile.id())).findFirst();
      if (item.isPresent()) {
        return item;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
