package fi.kanslia.documents;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.Objects;

/**
 * The decision's structured data as JSON, the form in which it is embedded in the PDF/A-3 file
 * ({@value #FILE_NAME}, {@value #MEDIA_TYPE}, an associated file of the document), so that archives
 * and other systems can reuse the data without reading the text.
 *
 * <p>Schema version {@value #SCHEMA_VERSION}: an object {@code {"schemaVersion": 1, "decision": {...}}}
 * whose {@code decision} has the components of {@link DecisionContent} under their names, in their
 * order; nested records as objects, lists as arrays, {@code language} as its tag ("fi", "sv"),
 * dates as ISO 8601 ("2026-03-12"), other enums by name ("APPEAL", "CONFIDENTIAL"), absent values as
 * null. The documents module README shows an example. A change that old readers cannot read raises
 * the version. Thread-safe.
 */
public final class DecisionData {

    /** The version of the JSON form written by this release. */
    public static final int SCHEMA_VERSION = 1;
    /** The name of the embedded file. */
    public static final String FILE_NAME = "decision.json";
    public static final String MEDIA_TYPE = "application/json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addMixIn(DecisionContent.Language.class, LanguageTag.class)
            // isComplete() and Publicity.isMarked() are derived, not data.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DecisionData() {
    }

    /** The JSON form (UTF-8) of the decision, schema version {@value #SCHEMA_VERSION}. */
    public static byte[] toJson(DecisionContent content) {
        Objects.requireNonNull(content, "content");
        try {
            return JSON.writeValueAsBytes(new Envelope(SCHEMA_VERSION, content));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Serialising the decision data failed", e);
        }
    }

    /**
     * Reads the JSON form back.
     *
     * @throws IllegalArgumentException when the JSON is malformed or of another schema version
     */
    public static DecisionContent fromJson(byte[] json) {
        Objects.requireNonNull(json, "json");
        try {
            JsonNode tree = JSON.readTree(json);
            JsonNode version = tree == null ? null : tree.get("schemaVersion");
            if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
                throw new IllegalArgumentException("Unsupported decision data: schemaVersion "
                        + version + ", expected " + SCHEMA_VERSION);
            }
            return JSON.treeToValue(tree, Envelope.class).decision();
        } catch (IOException e) {
            // The original message names no content (the JSON may hold personal data).
            String reason = e instanceof JsonProcessingException parse ? parse.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("Malformed decision data: " + reason, e);
        }
    }

    /**
     * The decision embedded in a decision document by {@link PdfaDecisionRenderer}, signed or not.
     *
     * @throws IllegalArgumentException when the file is no PDF, carries no {@value #FILE_NAME}
     *                                  associated file, or the data cannot be read
     */
    public static DecisionContent extract(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        return fromJson(DecisionDataAttachment.read(pdf));
    }

    /** The top-level JSON object. */
    record Envelope(int schemaVersion, DecisionContent decision) {
    }

    /** Writes and reads {@link DecisionContent.Language} as its BCP 47 tag. */
    private abstract static class LanguageTag {

        @JsonValue
        abstract String tag();

        @JsonCreator
        static DecisionContent.Language of(String tag) {
            return DecisionContent.Language.of(tag);
        }
    }
}
