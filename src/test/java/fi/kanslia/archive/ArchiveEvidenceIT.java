package fi.kanslia.archive;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.archiveadapter.RecordArchive;
import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.Outcome;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Beside each archived decision the archive keeps EU DSS's validation report from the day it was
 * filed, so the record stays provably original after the signing certificate has expired.
 */
class ArchiveEvidenceIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired RecordArchive archive;

  @Test
  void theDecisionIsFiledWithTheValidationReportOfItsSignature() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    var records = archive.findByCaseNumber(MUNICIPALITY, caseFile.caseNumber());
    assertThat(records).extracting(r -> r.metadata().documentType())
        .containsExactlyInAnyOrder("decision", "signature-validation-report");

    WebSession archivist = as(ARCHIVIST);
    var hits = archivist.get("/archive?caseNumber="
        + URLEncoder.encode(caseFile.caseNumber(), StandardCharsets.UTF_8)).document();
    assertThat(hits.select("a.record-link")).hasSize(1);
    String evidencePath = hits.selectFirst("a.evidence-link").attr("href");

    var evidence = archivist.get(evidencePath);
    assertThat(evidence.text("[data-field=documentType]")).isEqualTo("signature-validation-report");
    assertThat(evidence.document().select("#signature-verdict")).as("no signature on a report")
        .isEmpty();
    var report = archivist.download(evidencePath + "/content");
    assertThat(report.contentType()).startsWith("application/xml");
    String xml = new String(report.body(), StandardCharsets.UTF_8);
    assertThat(xml).contains("ValidationReport", "urn:etsi:019102:mainindication:total-passed");
  }
}
