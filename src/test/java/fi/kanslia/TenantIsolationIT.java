package fi.kanslia;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.Role;
import fi.kanslia.school.Municipality;
import fi.kanslia.school.School;
import fi.kanslia.school.Schools;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** Each city sees only its own: staff of another municipality find nothing of Espoo's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT extends KansliaIT {

  private static final String OULU = "564";

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired Schools schools;
  @Autowired IdentityRegistry identities;

  private CaseFile espooCase;
  private UUID ouluSchool;

  @BeforeAll
  void twoCities() {
    schools.addMunicipality(new Municipality(OULU, "Oulun kaupunki", "Uleåborgs stad", "OULU"));
    ouluSchool = UUID.randomUUID();
    schools.addSchool(new School(ouluSchool, OULU, "Tuiran koulu", "Tuira skola", "fi",
        "Koulukatu 1", "90500", "Oulu", "Rehtori", "tuira@example.invalid", "+358 8 000 0000"));
    identities.addAccount(new IdentityRegistry.NewAccount(OULU, "oulu-arkisto", PASSWORD,
        "Oulun arkistonhoitaja", Role.ARCHIVIST, null, null, "arkistonhoitaja", null, null, "fi"));
    identities.addAccount(new IdentityRegistry.NewAccount(OULU, "oulu-virkailija", PASSWORD,
        "Oulun virkailija", Role.OFFICIAL, null, ouluSchool, "koulusihteeri", "+358 8 000 0001",
        "oulu@example.invalid", "fi"));
    espooCase = decidedCases.archived(Outcome.APPROVED);
  }

  @Test
  void anotherCitysArchivistFindsNothingAndCannotOpenTheRecord() {
    WebSession ouluArchivist = as("oulu-arkisto");
    String query = URLEncoder.encode(espooCase.caseNumber(), StandardCharsets.UTF_8);
    assertThat(ouluArchivist.get("/archive?caseNumber=" + query).document().select("a.record-link"))
        .isEmpty();
    assertThat(ouluArchivist.get("/archive?child=Aino").document().select("a.record-link")).isEmpty();
    String objectId = decisions.forCase(espooCase.id()).orElseThrow().archiveObjectId();
    var record = ouluArchivist.get("/archive/records/" + objectId);
    assertThat(record.status()).isEqualTo(404);
    assertThat(record.document().text()).doesNotContain(espooCase.caseNumber(), "Aino");
    assertThat(ouluArchivist.download("/archive/records/" + objectId + "/content").status())
        .isEqualTo(404);
    assertThat(as(ARCHIVIST).get("/archive/records/" + objectId).status()).isEqualTo(200);
  }

  @Test
  void anotherCitysOfficialSeesNoneOfTheQueue() {
    CaseFile waiting = decidedCases.inReview(SCHOOL_KUUSIKALLIO);
    WebSession ouluOfficial = as("oulu-virkailija");
    assertThat(ouluOfficial.get("/official").document().text()).doesNotContain(waiting.caseNumber());
    String reviewPath = as(OFFICIAL).get("/official").document().select("table.queue a").stream()
        .filter(a -> a.text().equals(waiting.caseNumber())).findFirst().orElseThrow().attr("href");
    assertThat(ouluOfficial.get(reviewPath).status()).isEqualTo(403);
  }
}
