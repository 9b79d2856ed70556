package fi.kanslia.rectification;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.application.SchoolPlaceApplications;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Outcome;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
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
    guardian.submit(casePath, casePath + "/rectification", Map.of("text", "Pyydämme oikaisua."));
    eventually(Duration.ofSeconds(30), "the request is sent to the authority", () -> "FORWARDED"
        .equals(rectificationStatus(guardian, casePath)));

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

  private void recordOutcome(CaseFile caseFile, String outcome, String reference) {
    WebSession official = as(OTHER_OFFICIAL);
    var desk = official.get("/official/rectifications").document();
    var article = desk.selectFirst("article[data-case=" + caseFile.caseNumber() + "]");
    assertThat(article).as("the request on the unit's desk").isNotNull();
    String action = article.selectFirst("form").attr("action");
    var recorded = official.submit("/official/rectifications", action,
        Map.of("outcome", outcome, "reference", reference));
    assertThat(recorded.text("[role=status]")).isEqualTo("Ratkaisu kirjattu.");
  }

  private static String rectificationStatus(WebSession session, String casePath) {
    var status = session.get(casePath).document().selectFirst("#rectification-status");
    return status == null ? "" : status.attr("data-status");
  }
}
