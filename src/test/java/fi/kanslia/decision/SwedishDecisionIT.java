package fi.kanslia.decision;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.PdfChecks;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A Swedish-speaking family applying to a Swedish school gets its decision in Swedish. */
class SwedishDecisionIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired DecisionSignatures signatures;

  @Test
  void theDecisionIsWrittenInTheLanguageOfTheApplication() throws IOException {
    CaseFile caseFile = decidedCases.archived(SWEDISH_GUARDIAN, "Ella", SCHOOL_HAVSVINDEN, "sv",
        SWEDISH_OFFICIAL, Outcome.APPROVED);
    byte[] pdf = decisions.signedDocument(caseFile.id()).orElseThrow();
    PdfChecks.assertPdfAConformsToClaim(pdf);
    assertThat(signatures.verify(pdf).valid()).isTrue();
    var data = fi.kanslia.documents.DecisionData.extract(pdf);
    assertThat(data.language()).isEqualTo(fi.kanslia.documents.DecisionContent.Language.SV);
    assertThat(data.caseNumber()).isEqualTo(caseFile.caseNumber());
    assertThat(data.instruction().authorityName()).isEqualTo("Tillstånds- och tillsynsverket");
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Beslut om skolplats", "Esbo stad", "Eleven Ella Lindqvist",
          "anvisas grundläggande utbildning i skolan Havsvindens skola", "Vårdnadshavare",
          "Begäran om omprövning ska framställas inom 14 dagar", caseFile.caseNumber());
      assertThat(text).doesNotContain("Päätös koulupaikasta", "Oikaisuvaatimus");
      assertThat(document.getDocumentCatalog().getLanguage()).startsWith("sv");
    }
  }
}
