package fi.kanslia;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.testsupport.Applications;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Page;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What guardians and officials may not do, and that a refusal reveals nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRefusalIT extends KansliaIT {

  @Autowired JdbcClient jdbc;

  private String otherFamilysCasePath;
  private String otherFamilysCaseNumber;

  @BeforeAll
  void anotherFamilyHasACaseInReview() {
    WebSession sanna = as(OTHER_GUARDIAN);
    Page form = sanna.get("/guardian/applications/new");
    Page confirmation = sanna.submit("/guardian/applications/new", "/guardian/applications",
        Applications.form(form.document(), "Leo Korhonen", SCHOOL_KUUSIKALLIO));
    otherFamilysCaseNumber = confirmation.text("#case-number");
    otherFamilysCasePath = URI.create(confirmation.uri()).getPath();
    eventually(Duration.ofSeconds(30), "Leo's case is in review",
        () -> "IN_REVIEW".equals(caseStatus(sanna, otherFamilysCasePath)));
  }

  @Test
  void anInvalidApplicationShowsFieldErrorsInTheUsersLanguageAndStoresNothing() {
    long before = applications();
    WebSession guardian = as(GUARDIAN);
    Page finnish = guardian.submit("/guardian/applications/new", "/guardian/applications",
        Map.of("guardianPhone", "not a phone"));
    assertThat(finnish.status()).isEqualTo(422);
    assertThat(finnish.document().select("[role=alert] a").eachText())
        .anySatisfy(text -> assertThat(text).contains("Valitse lapsi"))
        .anySatisfy(text -> assertThat(text).contains("Puhelinnumero"));
    assertThat(finnish.document().select("[aria-invalid=true]")).isNotEmpty();
    assertThat(finnish.document().selectFirst("input[name=guardianPhone]").val()).isEqualTo("not a phone");

    Page swedish = guardian.submit("/guardian/applications/new?lang=sv", "/guardian/applications",
        Map.of());
    assertThat(swedish.status()).isEqualTo(422);
    assertThat(swedish.document().selectFirst("[role=alert]").text()).contains("barn");
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  void aGuardianCannotApplyForAnotherFamilysChild() {
    long before = applications();
    WebSession guardian = as(GUARDIAN);
    Page form = guardian.get("/guardian/applications/new");
    Map<String, String> fields = new HashMap<>(
        Applications.form(form.document(), "Aino Virtanen", SCHOOL_KUUSIKALLIO));
    fields.put("childId", jdbc.sql("select child_id::text from case_file where case_number = ?")
        .param(otherFamilysCaseNumber).query(String.class).single());
    Page refused = guardian.submit("/guardian/applications/new", "/guardian/applications", fields);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.document().selectFirst("[role=alert]").text()).contains("Lapsi");
    assertThat(refused.document().text()).doesNotContain("Leo");
    assertThat(applications()).isEqualTo(before);
  }

  @Test
  void aGuardianAskingForAnotherFamilysCaseIsForbiddenAndLearnsNothing() {
    WebSession guardian = as(GUARDIAN);
    Page page = guardian.get(otherFamilysCasePath);
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.document().text()).doesNotContain("Leo", "Korhonen", otherFamilysCaseNumber);
    var pdf = guardian.download(otherFamilysCasePath + "/decision.pdf");
    assertThat(pdf.status()).isEqualTo(403);
    assertThat(new String(pdf.body())).doesNotContain("Leo", "%PDF");
  }

  @Test
  void anOfficialOfAnotherUnitCanNeitherSeeNorDecideTheCase() {
    String reviewPath = as(OFFICIAL).get("/official").document().select("table.queue a").stream()
        .filter(a -> a.text().equals(otherFamilysCaseNumber)).findFirst().orElseThrow().attr("href");
    WebSession otherUnit = as(OTHER_OFFICIAL);
    assertThat(otherUnit.get("/official").document().text()).doesNotContain(otherFamilysCaseNumber);
    Page page = otherUnit.get(reviewPath);
    assertThat(page.status()).isEqualTo(403);
    assertThat(page.document().text()).doesNotContain("Leo", "Korhonen");
    Page decision = otherUnit.submit("/official", reviewPath + "/decision",
        Map.of("outcome", "REJECTED", "reasoning", "Ei kuulu minulle."));
    assertThat(decision.status()).isEqualTo(403);
    assertThat(jdbc.sql("select r.status from review_item r join case_file c on c.id = r.case_id"
        + " where c.case_number = ?").param(otherFamilysCaseNumber).query(String.class).single())
        .isEqualTo("OPEN");
  }

  @Test
  void eachDeskIsClosedToTheOtherRoles() {
    assertThat(as(GUARDIAN).get("/official").status()).isEqualTo(403);
    assertThat(as(GUARDIAN).get("/archive").status()).isEqualTo(403);
    assertThat(as(OFFICIAL).get("/guardian").status()).isEqualTo(403);
    assertThat(as(ARCHIVIST).get("/official").status()).isEqualTo(403);
    Page anonymous = new WebSession(port).get("/guardian");
    assertThat(anonymous.uri()).endsWith("/login");
  }

  private long applications() {
    return jdbc.sql("select count(*) from school_place_application").query(Long.class).single();
  }
}
