package fi.kanslia.application;

import static fi.kanslia.demo.DemoPopulation.*;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.decision.DecisionSignatures;
import fi.kanslia.decision.Decisions;
import fi.kanslia.decision.Outcome;
import fi.kanslia.documents.DecisionContent;
import fi.kanslia.documents.DecisionData;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.PdfChecks;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An application to a school other than the child's neighbourhood school is a secondary
 * application (toissijainen haku, PoL 28 §): its decision has its own type, texts and legal basis,
 * in Finnish and Swedish.
 */
class SecondaryApplicationIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;
  @Autowired DecisionSignatures signatures;

  @Test
  void aRejectedSecondaryApplicationPointsToTheNeighbourhoodSchool() throws IOException {
    CaseFile caseFile = decidedCases.archived(GUARDIAN, "Aino", SCHOOL_LEHTOLAAKSO, "fi",
        OTHER_OFFICIAL, Outcome.REJECTED);
    assertThat(decisions.forCase(caseFile.id()).orElseThrow().decisionType())
        .isEqualTo(Decisions.SECONDARY_PLACE);
    byte[] pdf = decisions.signedDocument(caseFile.id()).orElseThrow();
    PdfChecks.assertPdfAConformsToClaim(pdf);
    assertThat(signatures.verify(pdf).valid()).isTrue();
    DecisionContent data = DecisionData.extract(pdf);
    assertThat(data.title()).isEqualTo("Päätös oppilaspaikasta toissijaisessa haussa");
    assertThat(data.provisionsApplied()).anySatisfy(p -> assertThat(p).contains("28 §"));
    assertThat(text(pdf)).contains("hylätään", "oikeus käydä lähikouluaan " + SCHOOL_KUUSIKALLIO);
  }

  @Test
  void anApprovedSwedishSecondaryApplicationIsInSwedishAndNamesTheTransportRule() throws IOException {
    CaseFile caseFile = decidedCases.archived(SWEDISH_GUARDIAN, "Ella", SCHOOL_LOVANGEN, "sv",
        OTHER_SWEDISH_OFFICIAL, Outcome.APPROVED);
    byte[] pdf = decisions.signedDocument(caseFile.id()).orElseThrow();
    PdfChecks.assertPdfAConformsToClaim(pdf);
    assertThat(signatures.verify(pdf).valid()).isTrue();
    DecisionContent data = DecisionData.extract(pdf);
    assertThat(data.language()).isEqualTo(DecisionContent.Language.SV);
    assertThat(data.title()).isEqualTo("Beslut om elevplats i sekundär ansökan");
    assertThat(text(pdf)).contains("beviljas i den sekundära ansökan elevplats i årskurs 1 i skolan "
        + SCHOOL_LOVANGEN, "svarar vårdnadshavaren för skolresorna");
  }

  private static String text(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
