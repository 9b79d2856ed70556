package fi.kanslia.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders a complete {@link DecisionContent} as a PDF/A-2b document with embedded DejaVu Sans
 * fonts, an sRGB output intent, XMP metadata and localised (fi/sv) headings. Thread-safe.
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
     * @return the PDF/A-2b file
     * @throws IncompleteDecisionException when {@link DecisionContent#missingElements()} is not empty
     */
    public byte[] render(DecisionContent content) {
        Objects.requireNonNull(content, "content");
        List<String> missing = content.missingElements();
        if (!missing.isEmpty()) {
            throw new IncompleteDecisionException(missing);
        }
        try (PDDocument document = new PDDocument()) {
            DecisionFonts fonts = DecisionFonts.embedInto(document);
            DecisionLayout layout = new DecisionLayout(content, fonts);
            PagePainter painter = new PagePainter(fonts, layout.headerText(), layout.marking());
            PageFlow flow = new PageFlow(fonts, PagePainter.MARGIN, PagePainter.BODY_WIDTH, painter.bodyTop(),
                    PagePainter.BODY_BOTTOM);
            layout.flow(flow);
            painter.paint(document, flow.pages(), new TaggedContent(document, content.language().tag()));
            PdfaMetadata.apply(document,
                    fonts.printable(content.title()),
                    fonts.printable(content.authority().municipality()),
                    content.language().tag(),
                    PdfaMetadata.calendar(clock.instant()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Rendering the decision failed", e);
        }
    }
}
