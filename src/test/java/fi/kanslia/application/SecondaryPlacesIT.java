package fi.kanslia.application;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.Decisions;
import fi.kanslia.identity.Accounts;
import fi.kanslia.identity.KansliaUser;
import fi.kanslia.identity.People;
import fi.kanslia.school.Schools;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Page;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A school's places for secondary applicants: the official sets them, sees the applications in the
 * order of the admission criteria (DMN), cannot give more places than there are, puts the others on
 * the waiting list (the decision states the position); a guardian declines a place and the freed
 * place goes to the first on the waiting list.
 */
class SecondaryPlacesIT extends KansliaIT {

  /** A school year of its own, so that other tests' applications take none of these places. */
  private static final LocalDate START = LocalDate.of(2030, 8, 12);

  @Autowired SchoolPlaceApplications applications;
  @Autowired Accounts accounts;
  @Autowired People people;
  @Autowired Schools schools;
  @Autowired CaseFiles cases;
  @Autowired Decisions decisions;
  @Autowired SecondaryPlaces secondaryPlaces;

  @Test
  void placesGoByTheCriteriaTheRestWaitAndAFreedPlaceGoesToTheFirstWaiting() throws IOException {
    WebSession official = as(OFFICIAL);
    Page saved = official.submit("/official", "/official/secondary-places",
        Map.of("year", "2030", "grade", "1", "places", "1"));
    assertThat(saved.uri()).contains("placesSet");

    CaseFile venla = apply("Venla", false);
    CaseFile leo = apply("Leo", true);
    String venlaReview = reviewPath(official, venla);
    Page review = official.get(venlaReview);
    assertThat(review.document().selectFirst("#places-left").attr("data-left")).isEqualTo("1");
    assertThat(review.document().select("table.ranking tbody tr").eachAttr("data-case"))
        .as("the sibling first").containsExactly(leo.caseNumber(), venla.caseNumber());
    assertThat(group(review, venla)).isEqualTo("Muut hakijat");
    official.submit(venlaReview, venlaReview + "/special-reasons", Map.of("confirmed", "true"));
    assertThat(group(official.get(venlaReview), venla)).isEqualTo("Erityiset perusteet");

    decide(official, reviewPath(official, leo), Map.of("outcome", "APPROVED",
        "reasoning", "Oppilaan sisarus käy koulua, ja koulussa on toissijaisen haun paikka."));
    Page full = official.submit(venlaReview, venlaReview + "/decision", Map.of("outcome", "APPROVED",
        "reasoning", "Koulussa on tilaa."));
    assertThat(full.status()).isEqualTo(422);
    assertThat(full.text("#refusal")).contains("ei ole vapaita paikkoja");
    decide(official, venlaReview, Map.of("outcome", "REJECTED", "waitingList", "true",
        "reasoning", "Koulun toissijaisen haun paikat on annettu etusijaperusteiden mukaisessa järjestyksessä."));
    awaitArchived(venla);
    assertThat(text(venla)).contains("hylätään", "varasijalle 1");
    WebSession sanna = as(OTHER_GUARDIAN);
    assertThat(sanna.get("/guardian/cases/" + venla.id()).text("#waiting-position")).contains("1");

    awaitArchived(leo);
    String leoPage = "/guardian/cases/" + leo.id();
    Page declined = sanna.submit(leoPage, leoPage + "/place-answer", Map.of("answer", "DECLINE"));
    assertThat(declined.document().selectFirst("#place-answer").attr("data-answer")).isEqualTo("DECLINED");

    Page offered = official.submit("/official", "/official/secondary-places/offer", Map.of("year", "2030", "grade", "1"));
    String offerNumber = offered.uri().replaceAll(".*offered=", "").replace("%2F", "/");
    assertThat(offered.text("[role=status]")).contains(offerNumber);
    CaseFile offer = cases.findByNumber(MUNICIPALITY, offerNumber).orElseThrow();
    assertThat(offer.childId()).isEqualTo(venla.childId());
    eventually(Duration.ofSeconds(30), "the offer waits for a decision",
        () -> cases.find(MUNICIPALITY, offer.id()).orElseThrow().status() == CaseStatus.IN_REVIEW);
    decide(official, reviewPath(official, offer), Map.of("outcome", "APPROVED",
        "reasoning", "Koulusta vapautui paikka, ja oppilas oli varasijalla ensimmäisenä."));
    awaitArchived(offer);
    assertThat(text(offer)).contains("myönnetään toissijaisessa haussa oppilaspaikka 1. luokalle");

    official.submit("/official", "/official/secondary-places",
        Map.of("year", "2030", "grade", "7", "places", "3"));
    UUID kuusikallio = applications.find(offer.id()).orElseThrow().requestedSchoolId();
    assertThat(secondaryPlaces.capacity(MUNICIPALITY, kuusikallio, 2030, 7))
        .as("grades count their places apart").isEqualTo(new SecondaryPlaces.Capacity(3, 0));
    assertThat(secondaryPlaces.capacity(MUNICIPALITY, kuusikallio, 2030, 1).left()).isZero();
  }

  private static String group(Page review, CaseFile caseFile) {
    return review.document().selectFirst("table.ranking tr[data-case='" + caseFile.caseNumber() + "'] td.group")
        .text();
  }

  private CaseFile apply(String child, boolean sibling) {
    KansliaUser sanna = accounts.byUsername(OTHER_GUARDIAN).orElseThrow();
    UUID childId = people.childrenOf(MUNICIPALITY, sanna.personId()).stream()
        .filter(c -> c.firstName().equals(child)).findFirst().orElseThrow().id();
    UUID school = schools.inMunicipality(MUNICIPALITY).stream()
        .filter(s -> s.nameFi().equals(SCHOOL_KUUSIKALLIO)).findFirst().orElseThrow().id();
    CaseFile caseFile = applications.submit(sanna, new ApplicationForm(childId, school, START, "fi",
        sibling, sibling ? "Sisarus käy koulua." : null, "040 765 4321", null, false));
    eventually(Duration.ofSeconds(30), "the review opens", () -> cases
        .find(MUNICIPALITY, caseFile.id()).orElseThrow().status() == CaseStatus.IN_REVIEW);
    return caseFile;
  }

  private static String reviewPath(WebSession official, CaseFile caseFile) {
    String path = reviewPathOrNull(official, caseFile);
    if (path == null) {
      throw new AssertionError(caseFile.caseNumber() + " is not in the queue");
    }
    return path;
  }

  private static String reviewPathOrNull(WebSession official, CaseFile caseFile) {
    return official.get("/official").document().select("table.queue a").stream()
        .filter(a -> a.text().equals(caseFile.caseNumber())).map(a -> a.attr("href"))
        .findFirst().orElse(null);
  }

  private static void decide(WebSession official, String reviewPath, Map<String, String> fields) {
    Page page = official.submit(reviewPath, reviewPath + "/decision", fields);
    assertThat(page.status()).as(page.document().text()).isEqualTo(200);
  }

  private void awaitArchived(CaseFile caseFile) {
    eventually(Duration.ofSeconds(60), caseFile.caseNumber() + " is archived", () -> cases
        .find(MUNICIPALITY, caseFile.id()).orElseThrow().status() == CaseStatus.ARCHIVED);
  }

  private String text(CaseFile caseFile) throws IOException {
    try (var document = Loader.loadPDF(decisions.signedDocument(caseFile.id()).orElseThrow())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
