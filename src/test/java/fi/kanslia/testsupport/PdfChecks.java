package fi.kanslia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/A conformance as an archive would check it (veraPDF). */
public final class PdfChecks {

  /** The archive takes PDF/A-2 or PDF/A-3 (domain.md §4). */
  private static final int LOWEST_PART = 2;

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfChecks() {}

  /**
   * Validates the file against the PDF/A flavour it claims in its XMP metadata (pdfaid:part and
   * pdfaid:conformance) and fails when it claims no PDF/A or a part below PDF/A-2.
   *
   * @return the claimed flavour, e.g. {@link PDFAFlavour#PDFA_3_A}
   */
  public static PDFAFlavour assertPdfAConformsToClaim(byte[] pdf) {
    PDFAFlavour claimed = claimedFlavour(pdf);
    assertThat(claimed.getPart().getPartNumber()).as("claimed PDF/A part of %s", claimed)
        .isGreaterThanOrEqualTo(LOWEST_PART);
    try (PDFAParser parser = Foundries.defaultInstance()
            .createParser(new ByteArrayInputStream(pdf), claimed);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(claimed, false)) {
      ValidationResult result = validator.validate(parser);
      assertThat(result.isCompliant())
          .as("%s failures: %s", claimed, result.getTestAssertions().stream()
              .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
              .map(a -> a.getRuleId().getClause() + " " + a.getMessage()).distinct().toList())
          .isTrue();
      return claimed;
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the file", e);
    }
  }

  private static PDFAFlavour claimedFlavour(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDMetadata metadata = document.getDocumentCatalog().getMetadata();
      assertThat(metadata).as("XMP metadata").isNotNull();
      PDFAIdentificationSchema id =
          new DomXmpParser().parse(metadata.toByteArray()).getPDFAIdentificationSchema();
      assertThat(id).as("the file claims no PDF/A conformance").isNotNull();
      PDFAFlavour flavour = PDFAFlavour.fromString(
          id.getPart() + String.valueOf(id.getConformance()).toLowerCase(Locale.ROOT));
      assertThat(flavour).as("claimed flavour %s%s", id.getPart(), id.getConformance())
          .isNotEqualTo(PDFAFlavour.NO_FLAVOUR);
      return flavour;
    } catch (Exception e) {
      throw new AssertionError("Cannot read the PDF/A claim", e);
    }
  }
}
