package fi.kanslia.rectification;

import static fi.kanslia.demo.DemoPopulation.*;
import static fi.kanslia.testsupport.RectificationSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Outcome;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.TestClock;
import fi.kanslia.testsupport.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A guardian requests rectification of a decision within their period; the request goes to the
 * authority the decision type names; the official records that authority's outcome; a granted
 * request corrects the original case.
 */
class RectificationIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired SchoolPlaceApplications applications;
  @Autowired JdbcClient jdbc;

  @Test
  void aGrantedRequestGivesTheRejectedChildThePlace() {
    CaseFile caseFile = decidedCases.archived(Outcome.REJECTED);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession guardian = as(GUARDIAN);

    var empty = guardian.submit(casePath, casePath + "/rectification", Map.of("text", "  "));
    assertThat(empty.text("#rectification [role=alert]")).contains("Kirjoita");

    var filed = guardian.submit(casePath, casePath + "/rectification",
        Map.of("text", "Koulumatka lähikouluun on vaarallinen; pyydämme paikkaa Lehtolaakson koulusta."));
    assertThat(filed.text("#rectification [role=status]")).contains("vastaanotettu");
    eventually(Duration.ofSeconds(30), "the request is sent to the authority", () -> "FORWARDED"
        .equals(rectificationStatus(guardian, casePath)));
    assertThat(guardian.get(casePath).text("#rectification-status")).contains("Lupa- ja valvontavirasto");

    recordOutcome(caseFile, "GRANTED", "LVV/123/2026");
    eventually(Duration.ofSeconds(30), "the original case is rectified",
        () -> "RECTIFIED".equals(caseStatus(guardian, casePath)));
    assertThat(applications.find(caseFile.id()).orElseThrow().placedSchoolId())
        .as("the place the rejection refused").isNotNull();
    assertThat(guardian.get(casePath).text("#rectification-status")).contains("LVV/123/2026");
    var again = guardian.submit(casePath, casePath + "/rectification", Map.of("text", "Uudelleen."));
    assertThat(again.document().select("#rectification-form")).isEmpty();
  }

  @Test
  void aDeniedRequestLeavesTheCaseAsItWas() {
    CaseFile caseFile = decidedCases.archived(Outcome.REJECTED);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession guardian = as(GUARDIAN);
    requestRectification(guardian, casePath, "Pyydämme oikaisua.");

    recordOutcome(caseFile, "DENIED", "LVV/124/2026");
    eventually(Duration.ofSeconds(10), "the outcome shows",
        () -> "DENIED".equals(rectificationStatus(guardian, casePath)));
    assertThat(caseStatus(guardian, casePath)).isEqualTo("ARCHIVED");
    assertThat(applications.find(caseFile.id()).orElseThrow().placedSchoolId()).isNull();
  }

  @Test
  void nobodyElseCanRequestAndNobodyCanAfterThePeriod() {
    CaseFile caseFile = decidedCases.archived(Outcome.REJECTED);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession stranger = as(OTHER_GUARDIAN);
    var refused = stranger.post(casePath + "/rectification", Map.of("text", "Ei minun asiani.",
        "_csrf", stranger.get("/guardian").document().selectFirst("input[name=_csrf]").val()));
    assertThat(refused.status()).isEqualTo(403);

    jdbc.sql("update notification set deemed_notified_on = date '2026-01-05' where decision_id ="
        + " (select id from decision where case_id = ?)").param(caseFile.id()).update();
    WebSession guardian = as(GUARDIAN);
    assertThat(guardian.get(casePath).document().select("#rectification-form")).isEmpty();
    var late = guardian.post(casePath + "/rectification", Map.of("text", "Myöhässä.",
        "_csrf", guardian.get(casePath).document().selectFirst("input[name=_csrf]").val()));
    assertThat(late.text("#rectification [role=alert]")).contains("määräaika on päättynyt");
  }

  @Test
  void anOutcomeIsRecordedOnlyWithTheAuthoritysReferenceAndDate() {
    CaseFile caseFile = decidedCases.archived(Outcome.REJECTED);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession guardian = as(GUARDIAN);
    requestRectification(guardian, casePath, "Pyydämme oikaisua.");
    WebSession official = as(OTHER_OFFICIAL);
    String action = outcomeAction(official, caseFile);

    var noReference = official.submit("/official/rectifications", action, Map.of(
        "outcome", "GRANTED", "reference", " ", "decided-on", TestClock.today().toString()));
    assertThat(noReference.text(".error-summary")).contains("diaarinumero");
    var future = official.submit("/official/rectifications", action, Map.of(
        "outcome", "GRANTED", "reference", "LVV/9/2026",
        "decided-on", TestClock.today().plusDays(1).toString()));
    assertThat(future.text(".error-summary")).contains("ei tulevaisuudessa");
    assertThat(future.document().selectFirst("#decided-on-" + action.split("/")[3])
        .attr("aria-invalid")).isEqualTo("true");
    var noDate = official.submit("/official/rectifications", action, Map.of(
        "outcome", "GRANTED", "reference", "LVV/9/2026"));
    assertThat(noDate.text(".error-summary")).contains("päivämäärä");
    assertThat(rectificationStatus(guardian, casePath)).as("nothing recorded").isEqualTo("FORWARDED");
  }

  private void recordOutcome(CaseFile caseFile, String outcome, String reference) {
    fi.kanslia.testsupport.RectificationSteps.recordOutcome(as(OTHER_OFFICIAL), caseFile, outcome, reference,
        "Ratkaisu kirjattu.");
  }
}
