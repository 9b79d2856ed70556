package fi.kanslia.decision;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.documents.SignatureVerifier;
import fi.kanslia.identity.IdentityRegistry;
import fi.kanslia.identity.Role;
import fi.kanslia.school.Schools;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The official sees the decision document before deciding, and a decision that would lack an
 * element Hallintolaki 44 § requires is refused when the official decides, with nothing stored.
 */
class DecisionPreviewIT extends KansliaIT {

  private static final String REASONING = "Oppilaan lähikoulu on Kuusikallion koulu ja koulussa on"
      + " tilaa; esikatselu ennen päätöstä.";

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired SignatureVerifier verifier;
  @Autowired IdentityRegistry identities;
  @Autowired Schools schools;
  @Autowired JdbcClient jdbc;

  @Test
  void theOfficialPreviewsTheUnsignedDocumentAndNothingIsDecided() throws IOException {
    CaseFile caseFile = decidedCases.inReview(SCHOOL_KUUSIKALLIO);
    WebSession official = as(OFFICIAL);
    String reviewPath = reviewPath(official, caseFile);
    assertThat(official.get(reviewPath).document().select(".snippet-text").eachText())
        .as("reasoning snippets in the decision's language")
        .anySatisfy(text -> assertThat(text).contains("lähikoulu", "perusopetuslaki 6 §"));
    var pdf = official.uploadForm(reviewPath, reviewPath + "/preview",
        Map.of("outcome", "APPROVED", "reasoning", REASONING));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains(caseFile.caseNumber(), "Aino Virtanen", REASONING.substring(0, 30));
    }
    assertThat(verifier.verify(pdf.body()).valid()).as("a preview is not signed").isFalse();
    assertThat(decisions.forCase(caseFile.id())).isEmpty();
    assertThat(official.get("/official").document().select("table.queue a").eachText())
        .contains(caseFile.caseNumber());
  }

  @Test
  void aDecisionWithoutTheContactPersonsPhoneIsRefusedAndNothingIsStored() {
    var kuusikallio = schools.inMunicipality(MUNICIPALITY).stream()
        .filter(s -> s.nameFi().equals(SCHOOL_KUUSIKALLIO)).findFirst().orElseThrow();
    identities.addAccount(new IdentityRegistry.NewAccount(MUNICIPALITY, "virkailija-ei-puhelinta",
        PASSWORD, "Olli Ilmanpuhelinta", Role.OFFICIAL, null, kuusikallio.id(), "koulusihteeri",
        null, "olli@example.invalid", "fi"));
    CaseFile caseFile = decidedCases.inReview(SCHOOL_KUUSIKALLIO);
    WebSession official = as("virkailija-ei-puhelinta");
    String reviewPath = reviewPath(official, caseFile);

    var refused = official.submit(reviewPath, reviewPath + "/decision",
        Map.of("outcome", "APPROVED", "reasoning", REASONING));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.text("#missing-elements")).contains("contactPerson.phone");
    assertThat(refused.document().selectFirst("#outcome-APPROVED").hasAttr("checked")).isTrue();
    assertThat(refused.document().selectFirst("#reasoning").text()).isEqualTo(REASONING);
    assertThat(decisions.forCase(caseFile.id())).isEmpty();
    assertThat(jdbc.sql("select status from review_item where case_id = ?").param(caseFile.id())
        .query(String.class).single()).isEqualTo("OPEN");
  }

  private static String reviewPath(WebSession official, CaseFile caseFile) {
    return official.get("/official").document().select("table.queue a").stream()
        .filter(a -> a.text().equals(caseFile.caseNumber())).findFirst()
        .orElseThrow(() -> new AssertionError(caseFile.caseNumber() + " not in the queue"))
        .attr("href");
  }
}
