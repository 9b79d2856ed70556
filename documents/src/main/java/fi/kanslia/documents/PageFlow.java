package fi.kanslia.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Flows text into pages: wraps paragraphs to the column width and starts a new page when the
 * column is full. Produces positioned lines only; {@link PagePainter} draws them once the page
 * count is known (needed for "1 (2)" page numbers).
 */
final class PageFlow {

    /** Typographic roles of a line. */
    enum Style {
        TITLE(true, 16f, "H1"),
        AUTHORITY(true, 12f, "P"),
        HEADING(true, 11f, "H2"),
        BODY(false, 10.5f, "P");

        final boolean bold;
        final float size;
        /** The standard structure type (ISO 32000-1 14.8.4) of a paragraph in this style. */
        final String structureType;

        Style(boolean bold, float size, String structureType) {
            this.bold = bold;
            this.size = size;
            this.structureType = structureType;
        }

        float leading() {
            return size * 1.35f;
        }
    }

    /**
     * A line of text at a baseline position on a page.
     *
     * @param paragraph the paragraph the line belongs to (one structure element when tagged)
     * @param list      the list the paragraph is an item of, or {@link #NO_LIST}
     * @param label     the item's label (e.g. a dash) on the item's first line, else null
     */
    record Placed(String text, Style style, float x, float baseline, int paragraph, int list, Label label) {

        Placed(String text, Style style, float x, float baseline, int paragraph) {
            this(text, style, x, baseline, paragraph, NO_LIST, null);
        }

        boolean inList() {
            return list != NO_LIST;
        }
    }

    /** A list item's label, drawn left of the item's text. */
    record Label(String text, float x) {
    }

    static final int NO_LIST = -1;

    private static final float INDENT = 14f;

    private final DecisionFonts fonts;
    private final float left;
    private final float width;
    private final float top;
    private final float bottom;
    private final List<List<Placed>> pages = new ArrayList<>();
    private List<Placed> current;
    private float cursor;
    private int paragraphs;
    private int lists;

    PageFlow(DecisionFonts fonts, float left, float width, float top, float bottom) {
        this.fonts = fonts;
        this.left = left;
        this.width = width;
        this.top = top;
        this.bottom = bottom;
        newPage();
    }

    /** Vertical space before the next line. */
    void space(float points) {
        cursor -= points;
    }

    /** A section heading, kept on the same page as at least two lines that follow it. */
    void heading(String text) {
        space(Style.HEADING.size * 0.8f);
        if (cursor - Style.HEADING.leading() - 2 * Style.BODY.leading() < bottom) {
            newPage();
        }
        paragraph(text, Style.HEADING);
    }

    /** A paragraph of body text; line breaks in the text are kept. */
    void text(String text) {
        paragraph(text, Style.BODY);
    }

    /**
     * An indented list, one item per entry; the label (e.g. "–", or null for none) hangs left of
     * each item's text.
     */
    void list(String label, List<String> items) {
        int list = lists++;
        float labelX = left + INDENT;
        float x = label == null ? labelX : labelX + width(label + " ", fonts.font(Style.BODY), Style.BODY.size);
        for (String item : items) {
            int paragraph = paragraphs++;
            boolean first = true;
            for (String line : wrap(item, fonts.font(Style.BODY), Style.BODY.size, left + width - x)) {
                place(Style.BODY);
                Label itemLabel = first && label != null ? new Label(label, labelX) : null;
                current.add(new Placed(line, Style.BODY, x, cursor, paragraph, list, itemLabel));
                first = false;
            }
        }
    }

    private void place(Style style) {
        if (cursor - style.leading() < bottom) {
            newPage();
        }
        cursor -= style.leading();
    }

    void paragraph(String text, Style style) {
        int paragraph = paragraphs++;
        for (String line : wrap(text, fonts.font(style), style.size, width)) {
            place(style);
            current.add(new Placed(line, style, left, cursor, paragraph));
        }
    }

    List<List<Placed>> pages() {
        return List.copyOf(pages);
    }

    private void newPage() {
        current = new ArrayList<>();
        pages.add(current);
        cursor = top;
    }

    /** Greedy word wrap; a word wider than the column is broken by characters. */
    static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth) {
                    int cut = fittingPrefix(rest, font, size, maxWidth);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static int fittingPrefix(String word, PDFont font, float size, float maxWidth) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length() && width(word.substring(0, word.offsetByCodePoints(cut, 1)), font, size) <= maxWidth) {
            cut = word.offsetByCodePoints(cut, 1);
        }
        return cut;
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
