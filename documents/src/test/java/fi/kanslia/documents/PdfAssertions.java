package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF checks a reader of the document would notice: PDF/A conformance to its claim (veraPDF) and visible text. */
final class PdfAssertions {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAssertions() {
    }

    /**
     * Validates the file against the PDF/A flavour it claims in its XMP metadata (pdfaid:part and
     * pdfaid:conformance), as an archive's ingest would, and returns that flavour.
     */
    static PDFAFlavour assertPdfAConformsToClaim(byte[] pdf) {
        PDFAFlavour claimed = claimedFlavour(pdf);
        List<String> failures = failedRules(pdf, claimed);
        assertThat(failures).as("%s failed rules:%n%s", claimed, String.join("\n", failures)).isEmpty();
        return claimed;
    }

    /** The PDF/A flavour named by the XMP metadata, e.g. 3a for part 3, conformance A. */
    static PDFAFlavour claimedFlavour(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).as("XMP metadata").isNotNull();
            PDFAIdentificationSchema id = new DomXmpParser().parse(metadata.toByteArray()).getPDFAIdentificationSchema();
            assertThat(id).as("pdfaid schema").isNotNull();
            PDFAFlavour flavour = PDFAFlavour.fromString(id.getPart() + id.getConformance().toLowerCase(Locale.ROOT));
            assertThat(flavour).as("claimed flavour %s%s", id.getPart(), id.getConformance())
                    .isNotEqualTo(PDFAFlavour.NO_FLAVOUR);
            return flavour;
        } catch (IOException | XmpParsingException e) {
            throw new AssertionError(e);
        }
    }

    /** The machine-checkable PDF/UA-1 (ISO 14289-1) rules; the rest needs a person with a screen reader. */
    static void assertPdfUa1(byte[] pdf) {
        List<String> failures = failedRules(pdf, PDFAFlavour.PDFUA_1);
        assertThat(failures).as("PDF/UA-1 failed rules:%n%s", String.join("\n", failures)).isEmpty();
    }

    /** The rules of {@code flavour} that the file breaks, as "clause-test: message". */
    static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                            + ": " + assertion.getMessage())
                    .distinct()
                    .toList();
            assertThat(result.isCompliant()).as("compliance agrees with the failed rules").isEqualTo(failures.isEmpty());
            return failures;
        } catch (ModelParsingException | EncryptedPdfException | ValidationException | IOException e) {
            throw new AssertionError("veraPDF could not validate the file", e);
        }
    }

    /** The document's text with all whitespace runs (line wraps included) collapsed to one space. */
    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
