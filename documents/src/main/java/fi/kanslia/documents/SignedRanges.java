package fi.kanslia.documents;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * How much of a PDF its signatures cover, read with PDFBox independently of DSS. Document time
 * stamps (/Type /DocTimeStamp) do not count: anyone can append one after changing a signed file,
 * so they never vouch for bytes after the last signature.
 */
record SignedRanges(boolean unreadable, int signatureCount, long bytesAfterSignedRange) {

    static SignedRanges of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            long coveredEnd = 0;
            int count = 0;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                if (isDocumentTimestamp(signature)) {
                    continue;
                }
                count++;
                int[] range = signature.getByteRange();
                if (range != null && range.length == 4) {
                    coveredEnd = Math.max(coveredEnd, (long) range[2] + range[3]);
                }
            }
            return new SignedRanges(false, count, count == 0 ? 0 : Math.max(0, pdf.length - coveredEnd));
        } catch (IOException e) {
            return new SignedRanges(true, 0, 0);
        }
    }

    private static boolean isDocumentTimestamp(PDSignature signature) {
        return COSName.DOC_TIME_STAMP.equals(signature.getCOSObject().getCOSName(COSName.TYPE))
                || "ETSI.RFC3161".equals(signature.getSubFilter());
    }
}
