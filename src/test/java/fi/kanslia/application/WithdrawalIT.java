package fi.kanslia.application;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A guardian can withdraw an application until it is decided, and only their own. */
class WithdrawalIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired JdbcClient jdbc;

  @Test
  void aWithdrawalWhileInReviewClosesTheCaseAndTheOfficialCanNoLongerDecide() {
    CaseFile caseFile = decidedCases.inReview(SCHOOL_KUUSIKALLIO);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession official = as(OFFICIAL);
    String reviewPath = official.get("/official").document().select("table.queue a").stream()
        .filter(a -> a.text().equals(caseFile.caseNumber())).findFirst().orElseThrow().attr("href");
    String staleReviewToken = official.get(reviewPath).document()
        .selectFirst("input[name=_csrf]").val();

    WebSession guardian = as(GUARDIAN);
    var withdrawn = guardian.submit(casePath, casePath + "/withdrawal", Map.of());
    assertThat(withdrawn.text("[role=status]")).isEqualTo("Hakemus on peruttu.");
    assertThat(caseStatus(guardian, casePath)).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.document().select("#withdraw-form")).isEmpty();

    eventually(Duration.ofSeconds(30), "the process closes the official's work item",
        () -> "WITHDRAWN".equals(jdbc.sql("select status from review_item where case_id = ?")
            .param(caseFile.id()).query(String.class).single()));
    assertThat(official.get("/official").document().select("table.queue a").eachText())
        .doesNotContain(caseFile.caseNumber());
    var late = official.post(reviewPath + "/decision", Map.of("_csrf", staleReviewToken,
        "outcome", "APPROVED", "reasoning", "Myöhästynyt päätös."));
    assertThat(late.text("[role=status]")).contains(caseFile.caseNumber());
    assertThat(decisions.forCase(caseFile.id())).isEmpty();
  }

  @Test
  void aDecidedApplicationCanNoLongerBeWithdrawn() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession guardian = as(GUARDIAN);
    assertThat(guardian.get(casePath).document().select("#withdraw-form")).isEmpty();
    var refused = guardian.submit(casePath, casePath + "/withdrawal", Map.of());
    assertThat(refused.text("[role=alert]")).contains("ei voi enää perua");
    assertThat(caseStatus(guardian, casePath)).isEqualTo("ARCHIVED");
  }

  @Test
  void anotherFamilyCannotWithdrawTheApplication() {
    CaseFile caseFile = decidedCases.inReview(SCHOOL_LEHTOLAAKSO);
    String casePath = "/guardian/cases/" + caseFile.id();
    WebSession stranger = as(OTHER_GUARDIAN);
    var home = stranger.get("/guardian");
    var refused = stranger.post(casePath + "/withdrawal",
        Map.of("_csrf", home.document().selectFirst("input[name=_csrf]").val()));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(caseStatus(as(GUARDIAN), casePath)).isEqualTo("IN_REVIEW");
  }
}
