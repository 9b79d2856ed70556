package fi.kanslia.rectification;

import static fi.kanslia.demo.DemoPopulation.*;
import static fi.kanslia.testsupport.RectificationSteps.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.audit.AuditLog;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.casefile.CaseFiles;
import fi.kanslia.casefile.CaseStatus;
import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.DecisionSummary;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.DecisionData;
import fi.kanslia.notification.Notifications;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.PdfChecks;
import fi.kanslia.testsupport.WebSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When the rectification authority grants a request, the unit that decided implements it by a
 * decision of its own (RECTIFICATION_OUTCOME) in a case of its own: it cites the authority's decision
 * and the decision it amends, carries an appeal instruction, and is signed, sent to each party and
 * archived like every decision, in the original decision's language.
 */
class RectificationOutcomeIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired DecisionSignatures signatures;
  @Autowired Notifications notifications;
  @Autowired CaseFiles cases;
  @Autowired AuditLog audit;

  @Test
  void aGrantedRequestIsImplementedByAnAppealableDecision() throws IOException {
    CaseFile original = decidedCases.archived(Outcome.REJECTED);
    String casePath = "/guardian/cases/" + original.id();
    WebSession guardian = as(GUARDIAN);
    requestRectification(guardian, casePath, "Sisarus käy Lehtolaakson koulua; pyydämme paikkaa.");
    WebSession official = as(OTHER_OFFICIAL);
    recordOutcome(official, original, "GRANTED", "LVV/2211/2026", "Ratkaisu kirjattu.");

    String decisionPage = implementationPage(official, original);
    assertThat(as(OFFICIAL).get(decisionPage).status()).as("another unit").isEqualTo(403);
    var page = official.get(decisionPage);
    assertThat(page.text("#authority-decision")).contains("Lupa- ja valvontavirasto", "LVV/2211/2026");
    assertThat(page.document().select(".snippet-text")).isNotEmpty();
    String implementingNumber = page.text("#case-number");
    assertThat(audit.about("rectification-request", original.caseNumber()))
        .as("the official's read of the request is logged")
        .anySatisfy(e -> assertThat(e.actor()).startsWith(OTHER_OFFICIAL));

    var noReasoning = official.submit(decisionPage, decisionPage, Map.of("reasoning", " "));
    assertThat(noReasoning.status()).isEqualTo(422);
    assertThat(noReasoning.text(".error-summary")).contains("Kirjoita perustelut");
    var preview = official.uploadForm(decisionPage, decisionPage + "/preview",
        Map.of("reasoning", REASONING));
    assertThat(preview.contentType()).isEqualTo("application/pdf");
    assertThat(text(preview.body())).contains("Päätös oikaisuvaatimuksen johdosta", "LVV/2211/2026");

    var decided = official.submit(decisionPage, decisionPage, Map.of("reasoning", REASONING));
    assertThat(decided.text("#implemented")).contains(implementingNumber);
    CaseFile implementing = cases.findByNumber(MUNICIPALITY, implementingNumber).orElseThrow();
    eventually(Duration.ofSeconds(60), "the implementing decision is archived", () -> cases
        .find(MUNICIPALITY, implementing.id()).orElseThrow().status() == CaseStatus.ARCHIVED);

    DecisionSummary decision = decisions.forCase(implementing.id()).orElseThrow();
    assertThat(notifications.forDecision(decision.id())).extracting(n -> n.recipientId())
        .as("every party of the original decision, separately")
        .containsExactlyInAnyOrderElementsOf(notifications.forDecision(
            decisions.forCase(original.id()).orElseThrow().id()).stream()
            .map(n -> n.recipientId()).toList());

    assertThat(guardian.get("/guardian").document().select("a[href$=" + implementing.id() + "]"))
        .as("the guardian's list of cases").isNotEmpty();
    assertThat(guardian.get(casePath).document().selectFirst("#implementing-link"))
        .as("the original case links to the implementing decision").isNotNull();
    String implementingPath = "/guardian/rectification/" + implementing.id();
    var guardianPage = guardian.get(implementingPath);
    assertThat(guardianPage.text("#implements")).contains("LVV/2211/2026", original.caseNumber());
    assertThat(guardianPage.text("#appeal-by")).contains("Viimeinen päivä valittaa");
    assertThat(guardianPage.document().select("#rectification-form")).isEmpty();
    assertThat(as(OTHER_GUARDIAN).get(implementingPath).status()).as("another family")
        .isEqualTo(403);

    byte[] pdf = guardian.download("/guardian/cases/" + implementing.id() + "/decision.pdf").body();
    PdfChecks.assertPdfAConformsToClaim(pdf);
    assertThat(signatures.verify(pdf).valid()).isTrue();
    DecisionContent data = DecisionData.extract(pdf);
    assertThat(data.caseNumber()).isEqualTo(implementingNumber);
    assertThat(data.title()).isEqualTo("Päätös oikaisuvaatimuksen johdosta");
    assertThat(data.instruction().kind()).isEqualTo(DecisionContent.Instruction.Kind.APPEAL);
    assertThat(data.instruction().authorityName()).contains("hallinto-oikeus");
    assertThat(data.instruction().periodDays()).isEqualTo(30);
    assertThat(data.publicity().publicityClass()).isEqualTo(DecisionContent.PublicityClass.PUBLIC);
    assertThat(data.reasoning()).contains(REASONING);
    assertThat(text(pdf)).contains("hyväksynyt oikaisuvaatimuksen", original.caseNumber(),
        "Päätös muutetaan: oppilas Aino Virtanen", "osoitetaan perusopetukseen kouluun Lehtolaakson koulu",
        "Huoltaja, oikaisuvaatimuksen tekijä", "Valitus on tehtävä 30 päivän kuluessa");
  }

  @Test
  void aSwedishDecisionIsImplementedInSwedish() throws IOException {
    CaseFile original = decidedCases.archived(SWEDISH_GUARDIAN, "Ella", SCHOOL_HAVSVINDEN, "sv",
        SWEDISH_OFFICIAL, Outcome.REJECTED);
    requestRectification(as(SWEDISH_GUARDIAN), "/guardian/cases/" + original.id(),
        "Vi begär omprövning: skolvägen till närskolan är farlig.");
    WebSession official = as(SWEDISH_OFFICIAL);
    recordOutcome(official, original, "GRANTED", "TVV/77/2026", "Avgörandet har registrerats.");
    String decisionPage = implementationPage(official, original);
    String reasoning = "Tillstånds- och tillsynsverket ansåg att eleven borde ha antagits till skolan.";
    var decided = official.submit(decisionPage, decisionPage, Map.of("reasoning", reasoning));
    UUID implementing = cases.findByNumber(MUNICIPALITY, decided.text("#implemented")
        .replaceAll(".*ärende (\\S+);.*", "$1")).orElseThrow().id();
    eventually(Duration.ofSeconds(60), "the Swedish implementing decision is archived",
        () -> decisions.forCase(implementing).map(DecisionSummary::archiveObjectId).isPresent());

    byte[] pdf = decisions.signedDocument(implementing).orElseThrow();
    PdfChecks.assertPdfAConformsToClaim(pdf);
    assertThat(signatures.verify(pdf).valid()).isTrue();
    DecisionContent data = DecisionData.extract(pdf);
    assertThat(data.language()).isEqualTo(DecisionContent.Language.SV);
    assertThat(data.title()).isEqualTo("Beslut med anledning av begäran om omprövning");
    assertThat(data.instruction().authorityName()).contains("förvaltningsdomstol");
    assertThat(text(pdf)).contains("Tillstånds- och tillsynsverket har genom sitt beslut",
        "TVV/77/2026", "anvisas grundläggande utbildning i skolan Havsvindens skola");
  }

  private static final String REASONING = "Lupa- ja valvontavirasto katsoi, että oppilaan sisarus"
      + " käy Lehtolaakson koulua ja että oppilas olisi pitänyt ottaa kouluun.";

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
