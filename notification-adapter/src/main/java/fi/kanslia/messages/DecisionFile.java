package fi.kanslia.messages;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The signed decision as it is delivered: its bytes are never changed (a change would break the signature).
 *
 * @param fileName the name the recipient sees, unique and descriptive, e.g. {@code decision-KASV-1-2026.pdf}
 * @param pdf      the signed PDF/A file
 */
public record DecisionFile(String fileName, byte[] pdf) {

    public DecisionFile {
        PostalAddress.requireText(fileName, "fileName");
        Objects.requireNonNull(pdf, "pdf must be given");
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new IllegalArgumentException("fileName must end in .pdf");
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new IllegalArgumentException("pdf is not a PDF file");
        }
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DecisionFile that && fileName.equals(that.fileName)
                && Arrays.equals(pdf, that.pdf);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(pdf);
    }

    @Override
    public String toString() {
        return "DecisionFile[" + fileName + ", " + pdf.length + " bytes]";
    }
}
