package fi.kanslia.documents;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws the flowed lines onto A4 pages with the running header: the confidentiality marking
 * (when the document is not public), the authority and the page number "n (total)".
 */
final class PagePainter {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56f;
    static final float HEADER_SIZE = 9f;
    static final float MARKING_SIZE = 10f;
    /** Top of the body column, below the running header. */
    static final float BODY_TOP = PAGE.getHeight() - MARGIN - 36f;
    static final float BODY_BOTTOM = MARGIN;
    static final float BODY_WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private final DecisionFonts fonts;
    private final String headerLeft;
    private final List<String> marking;

    /**
     * @param headerLeft the authority shown at the top left of every page
     * @param marking    the confidentiality marking, or null for a public document
     */
    PagePainter(DecisionFonts fonts, String headerLeft, String marking) {
        this.fonts = fonts;
        this.headerLeft = headerLeft;
        this.marking = marking == null ? List.of() : PageFlow.wrap(marking, fonts.bold(), MARKING_SIZE, BODY_WIDTH);
    }

    /** Where the body column starts: below the header and every line of the marking. */
    float bodyTop() {
        return BODY_TOP - marking.size() * MARKING_SIZE * 1.5f;
    }

    void paint(PDDocument document, List<List<PageFlow.Placed>> pages, TaggedContent tags) throws IOException {
        int total = pages.size();
        for (int index = 0; index < total; index++) {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            tags.startPage(page, index);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                TaggedContent.beginArtifact(stream);
                header(stream, index + 1, total);
                stream.endMarkedContent();
                for (PageFlow.Placed line : pages.get(index)) {
                    PDFont font = fonts.font(line.style());
                    if (line.label() != null) {
                        tags.beginLabel(stream, line);
                        show(stream, font, line.style().size, line.label().x(), line.baseline(), line.label().text());
                        stream.endMarkedContent();
                    }
                    tags.beginLine(stream, line);
                    show(stream, font, line.style().size, line.x(), line.baseline(), line.text());
                    stream.endMarkedContent();
                }
            }
        }
        tags.finish(total);
    }

    private void header(PDPageContentStream stream, int number, int total) throws IOException {
        float y = PAGE.getHeight() - MARGIN + 12f;
        for (String line : marking) {
            show(stream, fonts.bold(), MARKING_SIZE, MARGIN, y, line);
            y -= MARKING_SIZE * 1.5f;
        }
        String pageNumber = number + " (" + total + ")";
        float numberWidth = PageFlow.width(pageNumber, fonts.regular(), HEADER_SIZE);
        float leftWidth = BODY_WIDTH - numberWidth - 12f;
        List<String> left = PageFlow.wrap(headerLeft, fonts.regular(), HEADER_SIZE, leftWidth);
        show(stream, fonts.regular(), HEADER_SIZE, MARGIN, y, left.get(0));
        show(stream, fonts.regular(), HEADER_SIZE, PAGE.getWidth() - MARGIN - numberWidth, y, pageNumber);
        float ruleY = y - HEADER_SIZE * 0.8f;
        stream.moveTo(MARGIN, ruleY);
        stream.lineTo(PAGE.getWidth() - MARGIN, ruleY);
        stream.setLineWidth(0.5f);
        stream.stroke();
    }

    private static void show(PDPageContentStream stream, PDFont font, float size, float x, float y, String text)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }
}
