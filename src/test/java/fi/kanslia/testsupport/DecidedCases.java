package fi.kanslia.testsupport;

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
    return archived(GUARDIAN, "Aino", SCHOOL_LEHTOLAAKSO, "fi", OTHER_OFFICIAL, outcome);
  }

  /** A guardian applies for their child; the school's official decides; waits for the archive. */
  public CaseFile archived(String guardianName, String child, String school, String language,
      String officialName, Outcome outcome) {
    return decide(inReview(guardianName, child, school, language, null), officialName, language,
        outcome);
  }

  /** As {@link #archived(Outcome)}, the guardian consenting to electronic notice at the address. */
  public CaseFile archivedWithEmail(String email) {
    return decide(inReview(GUARDIAN, "Aino", SCHOOL_LEHTOLAAKSO, "fi", email), OTHER_OFFICIAL, "fi",
        Outcome.APPROVED);
  }

  private CaseFile decide(CaseFile caseFile, String officialName, String language, Outcome outcome) {
    KansliaUser official = accounts.byUsername(officialName).orElseThrow();
    UUID item = reviews.queue(official).stream().filter(i -> i.caseId().equals(caseFile.id()))
        .findFirst().orElseThrow(() -> new AssertionError("Not in " + officialName + "'s queue"))
        .id();
    reviews.decide(official, item, outcome, "sv".equals(language)
        ? "Skolan är elevens närskola och det finns plats i årskurs 1."
        : "Lehtolaakson koulu ei ole oppilaan lähikoulu, ja päätös perustuu koulun oppilasmäärään"
            + " ja hakemuksen perusteluihin.");
    KansliaIT.eventually(Duration.ofSeconds(60), "the decision is archived", () -> cases
        .find(MUNICIPALITY, caseFile.id()).orElseThrow().status() == CaseStatus.ARCHIVED);
    return caseFile;
  }

  /** Aino applies to the school; returns once the application waits in the school's queue. */
  public CaseFile inReview(String schoolName) {
    return inReview(GUARDIAN, "Aino", schoolName, "fi", null);
  }

  private CaseFile inReview(String guardianName, String child, String schoolName, String language,
      String email) {
    KansliaUser guardian = accounts.byUsername(guardianName).orElseThrow();
    UUID childId = people.childrenOf(MUNICIPALITY, guardian.personId()).stream()
        .filter(c -> c.firstName().equals(child)).findFirst().orElseThrow().id();
    UUID school = schools.inMunicipality(MUNICIPALITY).stream()
        .filter(s -> s.nameFi().equals(schoolName) || s.nameSv().equals(schoolName))
        .findFirst().orElseThrow().id();
    CaseFile caseFile = applications.submit(guardian, new ApplicationForm(childId, school,
        LocalDate.of(2027, 8, 11), language, false, null, "040 765 4321", email, email != null));
    KansliaIT.eventually(Duration.ofSeconds(30), "the review opens", () -> cases
        .find(MUNICIPALITY, caseFile.id()).orElseThrow().status() == CaseStatus.IN_REVIEW);
    return caseFile;
  }
}
