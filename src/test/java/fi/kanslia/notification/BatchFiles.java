package fi.kanslia.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written letter batch back as the printing service would: its manifest and covers. */
final class BatchFiles {

  private BatchFiles() {}

  static JsonNode manifest(Path batch) {
    try {
      return new ObjectMapper().readTree(batch.resolve("manifest.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest's entry of the letter. */
  static JsonNode entry(PostedLetter letter) {
    return entry(manifest(letter.batchDirectory()), letter.reference());
  }

  static JsonNode entry(JsonNode manifest, String reference) {
    return StreamSupport.stream(manifest.get("letters").spliterator(), false)
        .filter(e -> e.get("reference").asText().equals(reference)).findFirst()
        .orElseThrow(() -> new AssertionError("No letter " + reference + " in the manifest"));
  }

  /** The text of the letter's cover sheet. */
  static String cover(PostedLetter letter) {
    return text(letter.batchDirectory().resolve(entry(letter).at("/files/0").asText()));
  }

  static String text(Path pdf) {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
