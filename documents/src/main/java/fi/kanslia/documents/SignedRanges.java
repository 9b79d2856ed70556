package fi.kanslia.documents;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * How much of a PDF its signatures cover, read with PDFBox independently of DSS. Document time
 * stamps (/Type /DocTimeStamp) are not signatures: anyone can append one after changing a signed
 * file, so they never vouch for bytes after the last signature on their own.
 *
 * @param unreadable               the file is not a PDF PDFBox can load
 * @param signatureCount           signatures, document time stamps not counted
 * @param bytesAfterSignedRange    bytes after the end of the last signature's byte range
 * @param bytesAfterAnyRange       bytes after the end of the last byte range, document time stamps included
 * @param laterDocumentTimestamps  the field names of the invisible document time stamps that begin after the
 *                                 last signature (a visible one paints on the page: it is not listed)
 */
record SignedRanges(boolean unreadable, int signatureCount, long bytesAfterSignedRange, long bytesAfterAnyRange,
        Set<String> laterDocumentTimestamps) {

    static SignedRanges of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            long signedEnd = 0;
            long anyEnd = 0;
            int count = 0;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                long end = end(signature);
                anyEnd = Math.max(anyEnd, end);
                if (!isDocumentTimestamp(signature)) {
                    count++;
                    signedEnd = Math.max(signedEnd, end);
                }
            }
            Set<String> later = new LinkedHashSet<>();
            for (PDSignatureField field : document.getSignatureFields()) {
                PDSignature value = field.getSignature();
                if (value != null && isDocumentTimestamp(value) && start(value) >= signedEnd && invisible(field)) {
                    later.add(field.getFullyQualifiedName());
                }
            }
            return new SignedRanges(false, count, count == 0 ? 0 : Math.max(0, pdf.length - signedEnd),
                    count == 0 ? 0 : Math.max(0, pdf.length - anyEnd), Set.copyOf(later));
        } catch (IOException e) {
            return new SignedRanges(true, 0, 0, 0, Set.of());
        }
    }

    static boolean isDocumentTimestamp(PDSignature signature) {
        return COSName.DOC_TIME_STAMP.equals(signature.getCOSObject().getCOSName(COSName.TYPE))
                || "ETSI.RFC3161".equals(signature.getSubFilter());
    }

    /** No widget of the field shows anything: an empty rectangle, or hidden. */
    private static boolean invisible(PDSignatureField field) {
        for (PDAnnotationWidget widget : field.getWidgets()) {
            PDRectangle rectangle = widget.getRectangle();
            boolean empty = rectangle == null || rectangle.getWidth() == 0 || rectangle.getHeight() == 0;
            if (!empty && !widget.isHidden() && !widget.isNoView()) {
                return false;
            }
        }
        return true;
    }

    private static long end(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range != null && range.length == 4 ? (long) range[2] + range[3] : 0;
    }

    private static long start(PDSignature signature) {
        int[] range = signature.getByteRange();
        return range != null && range.length == 4 ? (long) range[1] : 0;
    }
}
