package fi.kanslia.decision;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.casefile.CaseFile;
import fi.kanslia.testsupport.DecidedCases;
import fi.kanslia.testsupport.KansliaIT;
import fi.kanslia.testsupport.WebSession;
import fi.kanslia.testsupport.WebSession.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Anyone can check a decision file without logging in; a file changed after signing is reported
 * as changed, never as valid (also an incremental update that EU DSS only warns about).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerificationPageIT extends KansliaIT {

  @Autowired DecidedCases decidedCases;
  @Autowired Decisions decisions;

  private byte[] signed;

  @BeforeAll
  void aSignedDecision() {
    CaseFile caseFile = decidedCases.archived(Outcome.APPROVED);
    signed = decisions.signedDocument(caseFile.id()).orElseThrow();
  }

  @Test
  void theOriginalFileIsValidWithItsSignerAndTime() {
    Page result = anonymous().upload("/verify", "/verify", "file", "paatos.pdf", signed);
    assertThat(result.status()).isEqualTo(200);
    assertThat(verdict(result)).isEqualTo("true");
    assertThat(result.text("#signer")).contains("Kanslia development");
    assertThat(result.document().selectFirst("#modified").attr("data-modified")).isEqualTo("false");
  }

  @Test
  void aChangedByteMakesTheFileInvalid() {
    byte[] tampered = signed.clone();
    int index = tampered.length / 3; // inside the original body, which the signature covers
    tampered[index] = (byte) (tampered[index] ^ 0x01);
    assertThat(verdict(anonymous().upload("/verify", "/verify", "file", "paatos.pdf", tampered)))
        .isEqualTo("false");
  }

  @Test
  void anIncrementalUpdateAfterSigningIsReportedAsChanged() throws IOException {
    byte[] updated;
    try (PDDocument document = Loader.loadPDF(signed); var out = new ByteArrayOutputStream()) {
      PDAnnotationText note = new PDAnnotationText();
      note.setRectangle(new PDRectangle(50, 50, 20, 20));
      note.setContents("Hyväksytty muutettu");
      var page = document.getPage(0);
      page.getAnnotations().add(note);
      page.getCOSObject().setNeedToBeUpdated(true);
      note.getCOSObject().setNeedToBeUpdated(true);
      document.saveIncremental(out);
      updated = out.toByteArray();
    }
    Page result = anonymous().upload("/verify", "/verify", "file", "paatos.pdf", updated);
    assertThat(verdict(result)).isEqualTo("false");
    assertThat(result.document().selectFirst("#modified").attr("data-modified")).isEqualTo("true");
    assertThat(result.text("#signature-verdict")).contains("muutettu allekirjoituksen jälkeen");
  }

  @Test
  void somethingThatIsNotAPdfIsNotValidAndAMissingFileIsAskedFor() {
    assertThat(verdict(anonymous().upload("/verify", "/verify", "file", "x.pdf",
        "not a pdf".getBytes()))).isEqualTo("false");
    Page missing = anonymous().upload("/verify", "/verify", "file", "", new byte[0]);
    assertThat(missing.document().select("[role=alert]").text()).contains("Valitse");
  }

  private WebSession anonymous() {
    return new WebSession(port);
  }

  private static String verdict(Page page) {
    return page.document().selectFirst("#signature-verdict").attr("data-valid");
  }
}
