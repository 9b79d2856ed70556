package fi.kanslia.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The postal service's file of proofs of receipt (saantitodistus, HL 60 §) for letters sent against proof of
 * receipt ({@link Letter.Kind#PROOF_OF_RECEIPT}), format {@code kanslia-letter-receipts/1}:
 *
 * <pre>
 * {
 *   "format" : "kanslia-letter-receipts/1",
 *   "receipts" : [
 *     { "reference" : "KASV/12/2026 1a2b3c4d", "receivedOn" : "2026-03-05", "receivedBy" : "ADDRESSEE" },
 *     { "reference" : "KASV/13/2026 5e6f7a8b", "receivedOn" : "2026-03-06", "receivedBy" : "REPRESENTATIVE" },
 *     { "reference" : "KASV/14/2026 9c0d1e2f", "receivedOn" : "2026-03-16", "receivedBy" : "RETURNED" }
 *   ]
 * }
 * </pre>
 *
 * {@code reference} is the letter's reference in the batch manifest; {@code receivedOn} the date on the proof of
 * receipt (ISO 8601), or for {@code RETURNED} the day the letter came back undelivered. Other fields are ignored.
 * Each entry is read on its own: a faulty entry is a {@link Line} with a problem, the others stay valid. The
 * entries that the application cannot use are written back in the same format with a {@code reason} each
 * ({@link #writeRejected}), so that a corrected file can be put in the inbox again.
 */
public final class ReceiptFile {

    public static final String FORMAT = "kanslia-letter-receipts/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReceiptFile() {
    }

    /** Who signed the proof of receipt (HL 60 §: the addressee or their representative), or returned undelivered. */
    public enum ReceivedBy {
        ADDRESSEE, REPRESENTATIVE, RETURNED
    }

    /** A usable proof of receipt, or of a letter returned undelivered. */
    public record Receipt(String reference, LocalDate receivedOn, ReceivedBy receivedBy) {}

    /**
     * One entry of the file.
     *
     * @param position 1, 2, … in the file
     * @param source   the entry as written, kept for the rejected file
     * @param receipt  the proof; null when the entry is faulty
     * @param problem  why the entry is faulty ({@code MISSING_REFERENCE}, {@code INVALID_DATE},
     *                 {@code INVALID_RECEIVED_BY}); null when it is usable
     */
    public record Line(int position, JsonNode source, Receipt receipt, String problem) {}

    /**
     * Reads the file's entries.
     *
     * @throws IllegalArgumentException when the file is not a {@code kanslia-letter-receipts/1} file at all
     * @throws UncheckedIOException     when it cannot be read
     */
    public static List<Line> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            // The location only: the parser's message quotes the file's content.
            throw new IllegalArgumentException("not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the receipt file " + file.getFileName(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException("the format is not " + FORMAT);
        }
        if (!root.path("receipts").isArray()) {
            throw new IllegalArgumentException("the receipts list is missing");
        }
        List<Line> lines = new ArrayList<>();
        int position = 0;
        for (JsonNode entry : root.path("receipts")) {
            lines.add(line(++position, entry));
        }
        return lines;
    }

    private static Line line(int position, JsonNode entry) {
        String reference = entry.path("reference").asText("").strip();
        if (reference.isEmpty()) {
            return new Line(position, entry, null, "MISSING_REFERENCE");
        }
        LocalDate receivedOn;
        try {
            receivedOn = LocalDate.parse(entry.path("receivedOn").asText(""));
        } catch (DateTimeParseException e) {
            return new Line(position, entry, null, "INVALID_DATE");
        }
        ReceivedBy receivedBy;
        try {
            receivedBy = ReceivedBy.valueOf(entry.path("receivedBy").asText(""));
        } catch (IllegalArgumentException e) {
            return new Line(position, entry, null, "INVALID_RECEIVED_BY");
        }
        return new Line(position, entry, new Receipt(reference, receivedOn, receivedBy), null);
    }

    /** An entry the application could not use, and why. */
    public record Rejected(Line line, String reason) {}

    /**
     * Writes the rejected entries to {@code target} in the file's own format, each with its {@code reason}, and
     * names the file they came from. Written under a temporary name and renamed; an earlier file of that name is
     * replaced (a repeated import writes the same content).
     */
    public static void writeRejected(Path target, String sourceName, List<Rejected> rejected) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put("rejectedFrom", sourceName);
        ArrayNode receipts = root.putArray("receipts");
        for (Rejected r : rejected) {
            ObjectNode entry = r.line().source().isObject() ? ((ObjectNode) r.line().source()).deepCopy()
                    : JSON.createObjectNode().set("entry", r.line().source());
            receipts.add(entry.put("position", r.line().position()).put("reason", r.reason()));
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(target.getParent());
            JSON.writeValue(partial.toFile(), root);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejected receipts of " + sourceName, e);
        }
    }
}
