package fi.kanslia.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/A conformance as an archive would check it (veraPDF). */
public final class PdfChecks {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  public static void assertPdfA2b(byte[] pdf) {
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
        PDFAValidator validator = Foundries.defaultInstance()
            .createValidator(PDFAFlavour.PDFA_2_B, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.isCompliant())
          .as("PDF/A-2b failures: %s", result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().toList())
          .isTrue();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the file", e);
    }
  }
}
