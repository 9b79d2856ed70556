package fi.kanslia.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/** What other tools do to a signed file: incremental updates with plain PDFBox. */
final class IncrementalEdits {

    interface Edit {
        void apply(PDDocument document) throws IOException;
    }

    private IncrementalEdits() {
    }

    /** Applies {@code edit} and appends the result as an incremental update. */
    static byte[] incrementally(byte[] pdf, Edit edit) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            edit.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** Applies {@code edit}, then appends it with a document time stamp (/DocTimeStamp, ETSI.RFC3161) over the result. */
    static byte[] withDocumentTimestamp(byte[] pdf, TimestampClient timestamps, Edit edit) throws IOException {
        return withDocumentTimestamp(pdf, timestamps, edit, document -> { });
    }

    /** Like {@link #withDocumentTimestamp(byte[], TimestampClient, Edit)}; {@code afterAdding} sees the new field. */
    static byte[] withDocumentTimestamp(byte[] pdf, TimestampClient timestamps, Edit edit, Edit afterAdding)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            edit.apply(document);
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            document.addSignature(timestamp);
            afterAdding.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(timestamps.timestampToken(external.getContent().readAllBytes()));
            return out.toByteArray();
        }
    }

    /** What a reader's "add comment" does: a printed text annotation on the first page. */
    static void addNote(PDDocument document, String text) {
        PDPage page = document.getPage(0);
        PDAnnotationText note = new PDAnnotationText();
        note.setContents(text);
        note.setRectangle(new PDRectangle(100, 100, 20, 20));
        note.setPrinted(true);
        try {
            page.getAnnotations().add(note);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.getCOSObject().setNeedToBeUpdated(true);
    }
}
