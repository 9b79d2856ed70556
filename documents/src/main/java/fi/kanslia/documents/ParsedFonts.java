package fi.kanslia.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parsed DejaVu Sans fonts, reused across renders: parsing the two font files was a sixth of the
 * pipeline's time (BENCHMARKS.md). A parsed font is not thread-safe (reads seek in one buffer) and
 * the subset is written only when the document is saved, so each render borrows a pair for its
 * whole duration and returns it on {@link #close()}. At most {@link #MAX_IDLE} pairs are kept.
 */
final class ParsedFonts implements AutoCloseable {

    private static final byte[] REGULAR = DecisionFonts.resource("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = DecisionFonts.resource("fonts/DejaVuSans-Bold.ttf");
    static final int MAX_IDLE = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    /** Last in, first out: the most recently used pair is the one most likely still in the CPU caches. */
    private static final Deque<ParsedFonts> IDLE = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;

    private ParsedFonts(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** A pair no other render is using: an idle one, else freshly parsed. */
    static ParsedFonts borrow() {
        ParsedFonts idle = IDLE.pollFirst();
        if (idle != null) {
            IDLE_COUNT.decrementAndGet();
            return idle;
        }
        try {
            return new ParsedFonts(parse(REGULAR), parse(BOLD));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse the embedded fonts", e);
        }
    }

    TrueTypeFont regular() {
        return regular;
    }

    TrueTypeFont bold() {
        return bold;
    }

    /** Returns the pair for reuse; call only when the document using it has been saved or closed. */
    @Override
    public void close() {
        if (IDLE_COUNT.incrementAndGet() <= MAX_IDLE) {
            IDLE.offerFirst(this);
        } else {
            IDLE_COUNT.decrementAndGet();
            IOUtils.closeQuietly(regular);
            IOUtils.closeQuietly(bold);
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }
}
