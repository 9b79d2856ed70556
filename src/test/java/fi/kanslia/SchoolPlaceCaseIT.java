package fi.kanslia;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.audit.AuditLog;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.DecisionData;
import fi.kanslia.documents.SignatureVerifier;
import fi.kanslia.documents.VerificationReport;
import fi.kanslia.testsupport.Applications;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.PdfChecks;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Download;
import fi.kanslia.testsupport.WebSession.Page;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The walking skeleton's case, end to end over HTTP on the real parts: a guardian applies, an
 * official decides, the decision is rendered, signed, notified and archived, the guardian
 * downloads it, and an archivist retrieves and verifies it.
 */
class SchoolPlaceCaseIT extends KansliaIT {

  private static final String REASONING = "Oppilaan lähikoulu on Kuusikallion koulu, ja koulussa"
      + " on tilaa ensimmäisellä luokalla.";

  @Autowired SignatureVerifier verifier;
  @Autowired AuditLog audit;

  @Test
  void aGuardianAppliesAnOfficialApprovesAndTheArchivistRetrievesTheSignedDecision() throws IOException {
    WebSession guardian = as(GUARDIAN);
    Page form = guardian.get("/guardian/applications/new");
    assertThat(form.status()).isEqualTo(200);
    Page confirmation = guardian.submit("/guardian/applications/new", "/guardian/applications",
        Applications.form(form.document(), "Onni Virtanen", SCHOOL_KUUSIKALLIO));
    assertThat(confirmation.status()).isEqualTo(200);
    String caseNumber = confirmation.text("#case-number");
    assertThat(caseNumber).matches("ESP/\\d+/12\\.01\\.01/\\d{4}");
    assertThat(confirmation.text("#confirmation")).contains(caseNumber);
    String casePath = URI.create(confirmation.uri()).getPath();

    eventually(Duration.ofSeconds(30), "the case reaches the official's review",
        () -> caseStatus(guardian, casePath).equals("IN_REVIEW"));
    assertThat(guardian.get(casePath).text("#case-status")).isEqualTo("Käsittelyssä");

    WebSession official = as(OFFICIAL);
    String reviewPath = official.get("/official").document().select("table.queue a").stream()
        .filter(a -> a.text().equals(caseNumber)).findFirst()
        .orElseThrow(() -> new AssertionError(caseNumber + " is not in the official's queue"))
        .attr("href");
    Page review = official.get(reviewPath);
    assertThat(review.document().text()).contains("Onni Virtanen", SCHOOL_KUUSIKALLIO,
        "Lähikoulu: osoita paikka");
    Page afterDecision = official.submit(reviewPath, reviewPath + "/decision",
        Map.of("outcome", "APPROVED", "reasoning", REASONING));
    assertThat(afterDecision.text("[role=status]")).contains(caseNumber);
    assertThat(afterDecision.document().select("table.queue a").eachText()).doesNotContain(caseNumber);

    eventually(Duration.ofSeconds(60), "the decision is signed, sent and archived",
        () -> caseStatus(guardian, casePath).equals("ARCHIVED"));
    Page caseView = guardian.get(casePath);
    assertThat(caseView.document().selectFirst("#decision-outcome").attr("data-outcome"))
        .isEqualTo("APPROVED");
    assertThat(caseView.text(".deadline")).contains("Oikaisuvaatimuksen määräaika päättyy");
    assertThat(caseView.document().select(".history li")).hasSize(6);

    Download pdf = guardian.download(casePath + "/decision.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    PdfChecks.assertPdfAConformsToClaim(pdf.body());
    DecisionContent data = DecisionData.extract(pdf.body());
    assertThat(data.caseNumber()).isEqualTo(caseNumber);
    assertThat(data.reasoning()).isEqualTo(REASONING);
    String text = text(pdf.body());
    assertThat(text).contains(caseNumber, "Päätös koulupaikasta", "Onni Virtanen", "Maija Virtanen",
        "Mikko Virtanen", REASONING.substring(0, 40), "Perusopetuslaki (628/1998) 6 §",
        "Oikaisuvaatimusohje", "Lupa- ja valvontavirasto", "Pekka Koulusihteeri");
    VerificationReport signature = verifier.verify(pdf.body());
    assertThat(signature.valid()).as("%s", signature.messages()).isTrue();
    assertThat(signature.signatureLevel().replace('_', '-')).isEqualTo("PAdES-BASELINE-T");
    assertThat(signature.timestampPresent()).isTrue();
    assertThat(signature.modifiedAfterSigning()).isFalse();

    WebSession archivist = as(ARCHIVIST);
    Page hits = archivist.get("/archive?caseNumber=" + URLEncoder.encode(caseNumber, StandardCharsets.UTF_8));
    String recordPath = hits.document().select("a.record-link").stream()
        .filter(a -> a.text().equals(caseNumber)).findFirst()
        .orElseThrow(() -> new AssertionError("The archive search did not find " + caseNumber))
        .attr("href");
    assertThat(archivist.get("/archive?child=Onni").document().select("a.record-link").eachText())
        .contains(caseNumber);
    Page record = archivist.get(recordPath);
    assertThat(record.document().selectFirst("#signature-verdict").attr("data-valid")).isEqualTo("true");
    assertThat(record.text("#signature-level").replace('_', '-')).isEqualTo("PAdES-BASELINE-T");
    assertThat(field(record, "caseNumber")).isEqualTo(caseNumber);
    assertThat(record.document().selectFirst("[data-field=publicityClass]").attr("data-value")).isEqualTo("PUBLIC");
    assertThat(field(record, "retentionPeriod")).isEqualTo("50 years");
    assertThat(field(record, "taskClassCode")).isEqualTo("12.01.01");
    assertThat(field(record, "municipalityCode")).isEqualTo(MUNICIPALITY);
    Download archived = archivist.download(recordPath + "/content");
    assertThat(archived.body()).isEqualTo(pdf.body());

    String objectId = recordPath.substring(recordPath.lastIndexOf('/') + 1);
    Document cmisDocument = (Document) cmis().getObject(objectId);
    assertThat(cmisDocument.<String>getPropertyValue("kanslia:caseNumber")).isEqualTo(caseNumber);
    assertThat(cmisDocument.<String>getPropertyValue("kanslia:documentType")).isEqualTo("decision");
    assertThat(cmisDocument.<String>getPropertyValue("kanslia:publicityClass")).isEqualTo("PUBLIC");
    assertThat(cmisDocument.<Boolean>getPropertyValue("kanslia:containsPersonalData")).isTrue();
    assertThat(cmisDocument.<String>getPropertyValue("kanslia:retentionPeriod")).isEqualTo("50 years");
    assertThat(cmisDocument.<String>getPropertyValue("kanslia:retentionBasis")).isNotBlank();
    assertThat(cmisDocument.<String>getPropertyValue("kanslia:taskClassCode")).isEqualTo("12.01.01");
    assertThat(cmisDocument.<String>getPropertyValue("kanslia:municipalityCode")).isEqualTo(MUNICIPALITY);
    assertThat(cmisDocument.getSecondaryTypes()).extracting(t -> t.getId())
        .contains("P:kanslia:recordMetadata");

    assertThat(audit.about("archived-record", objectId))
        .anySatisfy(e -> assertThat(e.actor()).startsWith(ARCHIVIST));
    assertThat(audit.about("decision-document", caseNumber))
        .anySatisfy(e -> assertThat(e.actor()).startsWith(GUARDIAN));
    assertThat(audit.chainIntact()).isTrue();
  }

  private static String field(Page record, String name) {
    return record.text("[data-field=" + name + "]");
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private Session cmis() {
    Map<String, String> parameters = new HashMap<>();
    parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
    parameters.put(SessionParameter.BROWSER_URL, "http://127.0.0.1:" + port + "/cmis/browser");
    parameters.put(SessionParameter.REPOSITORY_ID, "kanslia");
    parameters.put(SessionParameter.USER, "archive-check");
    parameters.put(SessionParameter.PASSWORD, "archive-check");
    return SessionFactoryImpl.newInstance().createSession(parameters);
  }
}
