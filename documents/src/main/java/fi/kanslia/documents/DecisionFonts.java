package fi.kanslia.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, embedded as subsets (PDF/A requires embedded fonts). The font
 * files ship as resources of this module with their licence (fonts/LICENSE-DejaVu.txt).
 */
record DecisionFonts(PDType0Font regular, PDType0Font bold) {

    private static final String REPLACEMENT = "?";

    /** Embeds subsets of the borrowed fonts; keep them borrowed until the document is saved. */
    static DecisionFonts embedInto(PDDocument document, ParsedFonts parsed) throws IOException {
        return new DecisionFonts(
                PDType0Font.load(document, parsed.regular(), true),
                PDType0Font.load(document, parsed.bold(), true));
    }

    PDFont font(PageFlow.Style style) {
        return style.bold ? bold : regular;
    }

    /**
     * Replaces characters that the fonts cannot show (control characters, emoji and the like) so
     * that user-written text never makes rendering fail.
     */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || !showable(cp)) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private boolean showable(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            return hasGlyph(regular, s) && hasGlyph(bold, s);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasGlyph(PDType0Font font, String character) throws IOException {
        // Identity-H: the two-byte code is the glyph id; glyph 0 is .notdef (an empty box).
        byte[] code = font.encode(character);
        return code.length == 2 && font.hasGlyph(((code[0] & 0xff) << 8) | (code[1] & 0xff));
    }

    static byte[] resource(String name) {
        try (InputStream in = DecisionFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
