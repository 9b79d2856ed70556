package fi.kanslia.support;

import static fi.kanslia.demo.DemoPopulation.*;

import fi.kanslia.application.ApplicationForm;
import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.review.Reviews;
import fi.kanslia.school.Schools;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Drives a case through the services as the guardian and the official would, up to an archived
 * decision: for tests about what happens after. The end-to-end test does the same over HTTP.
 */
@Component
public class DecidedCases {

  private final Accounts accounts;
  private final People people;
  private final Schools schools;
  private final SchoolPlaceApplications applications;
  private final Reviews reviews;
  private final CaseFiles cases;

  DecidedCases(Accounts accounts, People people, Schools schools,
      SchoolPlaceApplications applications, Reviews reviews, CaseFiles cases) {
    this.accounts = accounts;
    this.people = people;
    this.schools = schools;
    this.applications = applications;
    this.reviews = reviews;
    this.cases = cases;
  }

  /** Aino applies to Lehtolaakson koulu; its official decides; returns once the case is archived. */
  public CaseFile archived(Outcome outcome) {
    CaseFile caseFile = inReview(SCHOOL_LEHTOLAAKSO);
    KansliaUser official = accounts.byUsername(OTHER_OFFICIAL).orElseThrow();
    UUID item = reviews.queue(official).stream().filter(i -> i.caseId().equals(caseFile.id()))
        .findFirst().orElseThrow().id();
    reviews.decide(official, item, outcome, "Lehtolaakson koulu ei ole oppilaan lähikoulu, ja"
        + " päätös perustuu koulun oppilasmäärään ja hakemuksen perusteluihin.");
    KansliaIT.eventually(Duration.ofSeconds(60), "the decision is archived", () -> cases
        .find(MUNICIPALITY, caseFile.id()).orElseThrow().status() == CaseStatus.ARCHIVED);
    return caseFile;
  }

  /** Aino applies to the school; returns once the application waits in the school's queue. */
  public CaseFile inReview(String schoolName) {
    KansliaUser guardian = accounts.byUsername(GUARDIAN).orElseThrow();
    UUID aino = people.childrenOf(MUNICIPALITY, guardian.personId()).stream()
        .filter(c -> c.firstName().equals("Aino")).findFirst().orElseThrow().id();
    UUID school = schools.inMunicipality(MUNICIPALITY).stream()
        .filter(s -> s.nameFi().equals(schoolName)).findFirst().orElseThrow().id();
    CaseFile caseFile = applications.submit(guardian, new ApplicationForm(aino, school,
        LocalDate.of(2027, 8, 11), "fi", false, "Isovanhemmat asuvat lähellä.", "040 765 4321",
        null, false));
    KansliaIT.eventually(Duration.ofSeconds(30), "the review opens", () -> cases
        .find(MUNICIPALITY, caseFile.id()).orElseThrow().status() == CaseStatus.IN_REVIEW);
    return caseFile;
  }
}
