package fi.kanslia.cohort;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.SignatureCheck;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.DecisionData;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.PdfChecks;
import fi.kanslia.testsupport.TestClock;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Page;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cohort's neighbourhood school assignment over HTTP on the real parts: the official schedules
 * it, every child of the cohort gets a school by catchment area and language and a signed decision
 * in the school's language, guardians accept or apply elsewhere, and after the deadline the
 * silence of the others is recorded.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CohortAssignmentIT extends KansliaIT {


  @Autowired DecisionSignatures signatures;
  @Autowired fi.kanslia.workers.ports.CohortSteps steps;

  @Test
  @Order(1)
  void everyChildOfTheCohortGetsANeighbourhoodSchoolAndASignedDecision() throws IOException {
    LocalDate today = TestClock.today();
    WebSession official = as(OFFICIAL);
    Page invalid = official.submit("/official/cohort", "/official/cohort", Map.of(
        "cohortYear", "2020", "startDate", today.plusDays(5).toString(),
        "assignmentDate", today.toString(), "acceptanceDeadline", today.plusDays(30).toString()));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.text(".error-summary")).contains("koulun alun");

    Page scheduled = official.submit("/official/cohort", "/official/cohort", Map.of(
        "cohortYear", "2020", "startDate", today.plusDays(300).toString(),
        "assignmentDate", today.toString(), "acceptanceDeadline", today.plusDays(30).toString()));
    assertThat(scheduled.text("[role=status]")).contains("ajastettu");
    eventually(Duration.ofSeconds(90), "all five children's decisions are archived",
        () -> "5".equals(run(official).selectFirst(".archived").text()));
    Element run = run(official);
    assertThat(run.selectFirst(".assigned").text()).isEqualTo("5");
    assertThat(run.selectFirst(".decided").text()).isEqualTo("5");
    steps.issueNeighbourhoodDecisions(java.util.UUID.fromString(run.attr("data-run")));
    assertThat(run(official).selectFirst(".decided").text())
        .as("a job delivered again takes no second decision").isEqualTo("5");

    WebSession maija = as(GUARDIAN);
    String ainoPath = cohortCase(maija, "Aino Virtanen");
    Page aino = maija.get(ainoPath);
    assertThat(aino.text("#assigned-school")).isEqualTo(SCHOOL_KUUSIKALLIO);
    byte[] pdf = maija.download(aino.document().selectFirst("#decision-link").attr("href")).body();
    PdfChecks.assertPdfAConformsToClaim(pdf);
    SignatureCheck check = signatures.verify(pdf);
    assertThat(check.valid()).as("%s", check.messages()).isTrue();
    DecisionContent data = DecisionData.extract(pdf);
    assertThat(data.title()).isEqualTo("Päätös lähikoulusta");
    assertThat(data.reasoning()).contains("02100", SCHOOL_KUUSIKALLIO);
    assertThat(data.provisionsApplied()).anySatisfy(p -> assertThat(p).contains("6 §"));
    assertThat(text(pdf)).contains("Aino Virtanen", "osoitetaan lähikouluksi", "Oikaisuvaatimusohje");

    WebSession johan = as(SWEDISH_GUARDIAN);
    String ellaPath = cohortCase(johan, "Ella Lindqvist");
    assertThat(johan.get(ellaPath).text("#assigned-school")).isEqualTo(SCHOOL_HAVSVINDEN);
    byte[] swedish = johan.download(johan.get(ellaPath).document().selectFirst("#decision-link")
        .attr("href")).body();
    PdfChecks.assertPdfAConformsToClaim(swedish);
    assertThat(signatures.verify(swedish).valid()).isTrue();
    assertThat(DecisionData.extract(swedish).title()).isEqualTo("Beslut om närskola");
    assertThat(text(swedish)).contains("anvisas", SCHOOL_HAVSVINDEN, "Anvisning om begäran om omprövning");

    Page none = maija.submit(ainoPath, ainoPath + "/response", Map.of());
    assertThat(none.status()).isEqualTo(422);
    Page accepted = maija.submit(ainoPath, ainoPath + "/response", Map.of("choice", "ACCEPT"));
    assertThat(accepted.document().selectFirst("#response").attr("data-response")).isEqualTo("ACCEPTED");
    String onniPath = cohortCase(maija, "Onni Virtanen");
    Page elsewhere = maija.submit(onniPath, onniPath + "/response", Map.of("choice", "ELSEWHERE"));
    assertThat(elsewhere.uri()).endsWith("/guardian/applications/new");
    assertThat(maija.get(onniPath).document().selectFirst("#response").attr("data-response"))
        .isEqualTo("APPLIED_ELSEWHERE");

    assertThat(as(OTHER_GUARDIAN).get(ainoPath).status()).as("another family").isEqualTo(403);
  }

  /** Moves the engine's and the application's time past the deadline: ordered last. */
  @Test
  @Order(2)
  void afterTheDeadlineTheSilenceOfTheOthersIsRecordedAndThePlacesStand() {
    TestClock.advance(Duration.ofDays(31));
    WebSession official = as(OFFICIAL);
    eventually(Duration.ofSeconds(30), "the answers are recorded after the deadline",
        () -> run(official).selectFirst(".responses").text().contains("3 ei vastannut"));
    assertThat(run(official).selectFirst(".responses").text())
        .isEqualTo("1 otti paikan vastaan, 1 hakee muualle, 3 ei vastannut");
    WebSession sanna = as(OTHER_GUARDIAN);
    String leoPath = cohortCase(sanna, "Leo Korhonen");
    assertThat(sanna.get(leoPath).document().selectFirst("#response").attr("data-response"))
        .isEqualTo("NO_ANSWER");
    assertThat(sanna.submit(leoPath, leoPath + "/response", Map.of("choice", "ACCEPT")).status())
        .as("too late").isEqualTo(422);
  }

  private static Element run(WebSession official) {
    return official.get("/official/cohort").document().selectFirst("#runs tbody tr");
  }

  /** The guardian's neighbourhood-school case of the child, from the front page. */
  private static String cohortCase(WebSession guardian, String child) {
    return guardian.get("/guardian").document().select("table.cases tbody tr").stream()
        .filter(row -> row.text().contains(child) && row.selectFirst("a[href*=/guardian/cohort/]") != null)
        .map(row -> row.selectFirst("a").attr("href")).findFirst()
        .orElseThrow(() -> new AssertionError("No neighbourhood-school case of " + child));
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
