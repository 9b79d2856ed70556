package fi.kanslia.application;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.HomeCoordinates;
import fi.kanslia.identity.IdentityCode;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.IdentityRegistry.NewAccount;
import fi.kanslia.identity.Person;
import fi.kanslia.identity.Role;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Page;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The school journey in the order of secondary applications: a journey of at most 3 km is a
 * priority of its own, within a group the nearer child comes first whoever applied first, a child
 * whose home has no coordinates comes after the known journeys, and the official's list and the
 * decision state the journey the order used.
 */
class SchoolJourneyIT extends KansliaIT {

  /** A school year of its own, so that other tests' applications are not in this order. */
  private static final LocalDate START = LocalDate.of(2032, 8, 10);
  private static final LocalDate BORN = LocalDate.of(2025, 5, 5);

  @Autowired IdentityRegistry identities;
  @Autowired Accounts accounts;
  @Autowired Schools schools;
  @Autowired SchoolPlaceApplications applications;
  @Autowired CaseFiles cases;
  @Autowired SecondaryPlaces secondaryPlaces;

  @Test
  void theNearerChildRanksFirstAndAnUnknownJourneyAfterTheKnownOnes() throws IOException {
    School kuusikallio = schools.inMunicipality(MUNICIPALITY).stream()
        .filter(s -> s.nameFi().equals(SCHOOL_KUUSIKALLIO)).findFirst().orElseThrow();
    // Homes in Leppävaara (02600, neighbourhood school Lehtolaakso) at whole distances from Kuusikallio.
    CaseFile far = apply(1, "Kauko", home(kuusikallio, 4800, 1400), kuusikallio, "fi");     // 5.0 km
    CaseFile unknown = apply(2, "Tuntematon", null, kuusikallio, "fi");
    CaseFile near = apply(3, "Lähelle", home(kuusikallio, 3500, 1200), kuusikallio, "fi");  // 3.7 km
    CaseFile swedish = apply(4, "Svensk", home(kuusikallio, 600, 800), kuusikallio, "sv");  // 1.0 km
    CaseFile shortest = apply(5, "Lyhyt", home(kuusikallio, 2400, 700), kuusikallio, "fi"); // 2.5 km

    List<SecondaryPlaces.Ranked> ranking =
        secondaryPlaces.ranking(MUNICIPALITY, kuusikallio.id(), START.getYear(), 1);
    assertThat(ranking).extracting(SecondaryPlaces.Ranked::caseId)
        .as("short journey; then the others nearest first, unknown last; another language last")
        .containsExactly(shortest.id(), near.id(), far.id(), unknown.id(), swedish.id());
    assertThat(ranking).extracting(SecondaryPlaces.Ranked::priorityGroup)
        .containsExactly(3, 4, 4, 4, 5);
    assertThat(ranking).extracting(SecondaryPlaces.Ranked::distanceMetres)
        .containsExactly(2500, 3700, 5000, null, 1000);

    WebSession official = as(OFFICIAL);
    String review = reviewPath(official, near);
    Page page = official.get(review);
    List<Element> rows = page.document().select("table.ranking tbody tr");
    assertThat(rows).extracting(row -> row.attr("data-case")).containsExactly(shortest.caseNumber(),
        near.caseNumber(), far.caseNumber(), unknown.caseNumber(), swedish.caseNumber());
    assertThat(page.text("table.ranking thead")).contains("Koulumatka (linnuntie)");
    assertThat(rows).extracting(row -> row.selectFirst("td.journey").text())
        .containsExactly("2,5 km", "3,7 km", "5,0 km",
            "ei tiedossa (ryhmässä tunnettujen koulumatkojen jälkeen)", "1,0 km");
    assertThat(rows.getFirst().selectFirst("td.group").text()).isEqualTo("Lyhyt koulumatka");

    assertThat(preview(official, near)).contains(
        "Etusijaryhmä oppilaaksiottoperusteiden mukaan: muut hakijat; koulumatka 3,7 km linnuntietä.");
    assertThat(preview(official, unknown)).contains("muut hakijat; koulumatkan pituus ei ollut tiedossa");
    assertThat(preview(official, swedish)).as("in the application's language, Swedish").contains(
        "Förtursgrupp enligt antagningsgrunderna: skolans undervisningsspråk är ett annat än det sökta;"
            + " skolvägen 1,0 km fågelvägen.");
  }

  @Test
  void theJourneyOfAChildWhoseAddressIsProtectedRanksButIsNotWrittenIntoTheDecision()
      throws IOException {
    School kuusikallio = schools.inMunicipality(MUNICIPALITY).stream()
        .filter(s -> s.nameFi().equals(SCHOOL_KUUSIKALLIO)).findFirst().orElseThrow();
    LocalDate start = START.plusYears(1);
    CaseFile hidden = apply(6, "Suojattu", home(kuusikallio, 1200, 1600), kuusikallio, "fi", true,
        start);
    assertThat(secondaryPlaces.ranking(MUNICIPALITY, kuusikallio.id(), start.getYear(), 1))
        .singleElement().satisfies(r -> {
          assertThat(r.priorityGroup()).as("the journey still counts").isEqualTo(3);
          assertThat(r.distanceMetres()).isEqualTo(2000);
        });
    assertThat(preview(as(OFFICIAL), hidden))
        .contains("koulumatkan pituus on otettu huomioon, mutta sitä ei merkitä päätökseen")
        .doesNotContain("2,0 km");
  }

  /** Coordinates the given metres north and east of the school's building. */
  private static HomeCoordinates home(School school, int north, int east) {
    return new HomeCoordinates(school.location().northing() + north,
        school.location().easting() + east);
  }

  /** A child with a guardian of their own at the home, who applies for the school's grade 1. */
  private CaseFile apply(int n, String firstName, HomeCoordinates home, School school,
      String language) {
    return apply(n, firstName, home, school, language, false, START);
  }

  private CaseFile apply(int n, String firstName, HomeCoordinates home, School school,
      String language, boolean addressProtected, LocalDate start) {
    Person guardian = person(n, "Huoltaja", LocalDate.of(1990, 1, n), language, home,
        addressProtected);
    Person child = person(n, firstName, BORN.plusDays(n), language, home, addressProtected);
    identities.addGuardianship(MUNICIPALITY, guardian.id(), child.id());
    String username = "koulumatka-huoltaja-" + n;
    identities.addAccount(new NewAccount(MUNICIPALITY, username, PASSWORD,
        guardian.fullName(), Role.GUARDIAN, guardian.id(), null, null, null, null, language));
    CaseFile caseFile = applications.submit(accounts.byUsername(username).orElseThrow(),
        new ApplicationForm(child.id(), school.id(), start, language, false, null, "040 111 2222",
            null, false));
    eventually(Duration.ofSeconds(30), "the review opens", () -> cases
        .find(MUNICIPALITY, caseFile.id()).orElseThrow().status() == CaseStatus.IN_REVIEW);
    return caseFile;
  }

  private Person person(int n, String firstName, LocalDate born, String language,
      HomeCoordinates home, boolean addressProtected) {
    Person person = new Person(UUID.randomUUID(), MUNICIPALITY, IdentityCode.of(born, 800 + n),
        firstName, "Koulumatkalainen", born, language, "Leppävaarankatu " + n, "02600", "Espoo",
        addressProtected, home);
    identities.addPerson(person);
    return person;
  }

  private static String reviewPath(WebSession official, CaseFile caseFile) {
    return official.get("/official").document().select("table.queue a").stream()
        .filter(a -> a.text().equals(caseFile.caseNumber())).map(a -> a.attr("href"))
        .findFirst().orElseThrow(() -> new AssertionError(caseFile.caseNumber() + " is not queued"));
  }

  /** The text of the decision document the official previews for the application. */
  private static String preview(WebSession official, CaseFile caseFile) throws IOException {
    String review = reviewPath(official, caseFile);
    var pdf = official.uploadForm(review, review + "/preview",
        Map.of("outcome", "REJECTED", "reasoning", "Koulun toissijaisen haun paikat on annettu."));
    assertThat(pdf.status()).isEqualTo(200);
    try (var document = Loader.loadPDF(pdf.body())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
