package fi.kanslia.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a complete {@link DecisionContent} as a PDF/A-3a document: tagged (structure tree in
 * reading order with the document language, headings, paragraphs, lists; page furniture as
 * artifacts; also PDF/UA-1), DejaVu Sans embedded, an sRGB output intent, XMP metadata, localised
 * (fi/sv) headings, and the decision's structured data embedded as the associated file
 * {@value DecisionData#FILE_NAME} ({@link DecisionData#extract(byte[])} reads it back). Thread-safe.
 */
public final class PdfaDecisionRenderer {

    private final Clock clock;

    public PdfaDecisionRenderer() {
        this(Clock.systemUTC());
    }

    /** @param clock the source of the document creation time in the metadata */
    public PdfaDecisionRenderer(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the PDF/A-3a file
     * @throws IncompleteDecisionException when {@link DecisionContent#missingElements()} is not empty
     */
    public byte[] render(DecisionContent content) {
        Objects.requireNonNull(content, "content");
        List<String> missing = content.missingElements();
        if (!missing.isEmpty()) {
            throw new IncompleteDecisionException(missing);
        }
        // Resources close in reverse order: the document is saved and closed before the fonts are returned.
        try (ParsedFonts parsed = ParsedFonts.borrow(); PDDocument document = new PDDocument()) {
            DecisionFonts fonts = DecisionFonts.embedInto(document, parsed);
            DecisionLayout layout = new DecisionLayout(content, fonts);
            PagePainter painter = new PagePainter(fonts, layout.headerText(), layout.marking());
            PageFlow flow = new PageFlow(fonts, PagePainter.MARGIN, PagePainter.BODY_WIDTH, painter.bodyTop(),
                    PagePainter.BODY_BOTTOM);
            layout.flow(flow);
            painter.paint(document, flow.pages(), new TaggedContent(document, content.language().tag()));
            GregorianCalendar created = PdfaMetadata.calendar(clock.instant());
            PdfaMetadata.apply(document,
                    fonts.printable(content.title()),
                    fonts.printable(content.authority().municipality()),
                    content.language().tag(),
                    created);
            DecisionDataAttachment.attach(document, DecisionData.toJson(content), layout.dataDescription(), created);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering the decision failed", e);
        }
    }
}
