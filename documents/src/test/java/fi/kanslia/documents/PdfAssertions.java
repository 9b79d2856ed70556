package fi.kanslia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/** PDF checks a reader of the document would notice: PDF/A-2b conformance (veraPDF) and visible text. */
final class PdfAssertions {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAssertions() {
    }

    static void assertPdfA2b(byte[] pdf) {
        List<String> failures = failedRules(pdf, PDFAFlavour.PDFA_2_B);
        assertThat(failures).as("PDF/A-2b failed rules:%n%s", String.join("\n", failures)).isEmpty();
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
