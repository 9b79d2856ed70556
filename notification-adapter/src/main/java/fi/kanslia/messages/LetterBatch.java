package fi.kanslia.messages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Letters collected into a batch for a printing service: ordinary letters (HL 59 §: deemed received on the 7th day
 * after sending), letters against proof of receipt (HL 60 §: registered, with a proof of receipt whose date is the
 * day of notification) and substitute notifications (HL 61 §), each marked with its {@link Letter.Kind} in the
 * manifest and on its cover. {@link #writeTo(Path)} writes the directory {@code <batchId>/}:
 *
 * <pre>
 * 0001-1-cover.pdf     cover sheet with the address in the envelope window
 * 0001-2-decision.pdf  the signed decision, byte for byte as signed
 * 0002-1-cover.pdf
 * 0002-2-decision.pdf
 * manifest.json        the letters, their files in printing order, page counts and checksums
 * </pre>
 *
 * The decision is not merged into the cover's PDF: any rewrite of a signed PDF breaks its signature, so the two
 * files of a letter are printed one after the other into one envelope, in file-name order. The directory appears
 * complete or not at all (written under a temporary name, then renamed).
 *
 * <p>A protected address (turvakielto) is printed on its cover and nowhere else: the manifest marks the letter
 * {@code addressProtected} and carries no address data for it, and nothing is logged about any address.
 */
public final class LetterBatch {

    static final String MANIFEST = "manifest.json";
    static final String FORMAT = "kanslia-letter-batch/2";

    private static final Logger LOG = LoggerFactory.getLogger(LetterBatch.class);

    private final String batchId;
    private final PostalAddress sender;
    private final LocalDate date;
    private final List<Letter> letters = new ArrayList<>();
    private final Set<String> references = new HashSet<>();

    /**
     * @param batchId our id of the batch, also the directory name: letters, digits, {@code -} and {@code _}
     * @param sender  our return address, printed on every cover
     * @param date    the date of sending, printed on every cover; the 7th day after it is the deemed day of receipt
     */
    public LetterBatch(String batchId, PostalAddress sender, LocalDate date) {
        PostalAddress.requireText(batchId, "batchId");
        if (!batchId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("batchId must be 1-64 letters, digits, - and _");
        }
        this.batchId = batchId;
        this.sender = Objects.requireNonNull(sender, "sender must be given");
        this.date = Objects.requireNonNull(date, "date must be given");
    }

    /** Adds a letter; a reference may appear once per batch. */
    public synchronized LetterBatch add(Letter letter) {
        Objects.requireNonNull(letter, "letter");
        if (!references.add(letter.reference())) {
            throw new IllegalArgumentException("the batch already has a letter with reference " + letter.reference());
        }
        letters.add(letter);
        return this;
    }

    public synchronized int size() {
        return letters.size();
    }

    /**
     * Writes the batch into {@code directory/<batchId>/} and returns its manifest.
     *
     * @throws IllegalStateException when the batch is empty or that directory already exists (a batch is written
     *                               once; a printing service may already have taken it)
     */
    public synchronized BatchManifest writeTo(Path directory) {
        if (letters.isEmpty()) {
            throw new IllegalStateException("the batch " + batchId + " has no letters");
        }
        Path target = directory.resolve(batchId);
        if (Files.exists(target)) {
            throw new IllegalStateException("the batch " + batchId + " has already been written");
        }
        Path partial = directory.resolve(batchId + ".partial");
        boolean published = false;
        try {
            Files.createDirectories(directory);
            deleteRecursively(partial);
            Files.createDirectory(partial);
            List<BatchManifest.Entry> entries = new ArrayList<>();
            int sequence = 0;
            for (Letter letter : letters) {
                sequence++;
                entries.add(write(partial, sequence, letter));
            }
            BatchManifest manifest = new BatchManifest(FORMAT, batchId, date, entries.size(), entries);
            new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(partial.resolve(MANIFEST).toFile(), manifest);
            move(partial, target);
            published = true;
            LOG.info("Letter batch {} written: {} letters, {} against proof of receipt, {} substitute, {} with a"
                    + " protected address", batchId, entries.size(), count(entries, Letter.Kind.PROOF_OF_RECEIPT),
                    count(entries, Letter.Kind.SUBSTITUTE),
                    entries.stream().filter(BatchManifest.Entry::addressProtected).count());
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the letter batch " + batchId, e);
        } finally {
            if (!published) {
                deleteQuietly(partial);
            }
        }
    }

    private static long count(List<BatchManifest.Entry> entries, Letter.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).count();
    }

    private static void deleteQuietly(Path partial) {
        try {
            deleteRecursively(partial);
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished batch directory {}", partial.getFileName(), e);
        }
    }

    private BatchManifest.Entry write(Path dir, int sequence, Letter letter) throws IOException {
        byte[] decision = letter.decision().pdf();
        int decisionPages = pageCount(decision, letter.reference());
        byte[] cover = CoverPage.render(sender, letter, date, decisionPages);
        String prefix = String.format("%04d", sequence);
        String coverFile = prefix + "-1-cover.pdf";
        String decisionFile = prefix + "-2-decision.pdf";
        Files.write(dir.resolve(coverFile), cover);
        Files.write(dir.resolve(decisionFile), decision);
        PostalAddress to = letter.recipient();
        return new BatchManifest.Entry(sequence, letter.reference(), letter.kind(),
                List.of(coverFile, decisionFile), 1, decisionPages, sha256(decision), letter.addressProtected(),
                letter.addressProtected() ? null : to.zipCode(),
                letter.addressProtected() ? null : to.countryCode());
    }

    private static int pageCount(byte[] pdf, String reference) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new IllegalArgumentException("the decision of letter " + reference + " cannot be read as a PDF", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
