package fi.kanslia.documents;

import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlObjectModification;
import eu.europa.esig.dss.enumerations.PdfObjectModificationType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The archivist's rule for what may follow the last signature of a decision. Long-term extension
 * (PAdES-BASELINE-LT/-LTA) appends incremental revisions, so "any byte after the signature" cannot
 * mean "changed" any more; instead a later revision may only add:
 * <ul>
 *   <li>validation data: the catalog's /DSS dictionary (certificates, CRLs, OCSP responses, /VRI) and
 *       everything under it;</li>
 *   <li>invisible document time stamps (/Type /DocTimeStamp, /SubFilter ETSI.RFC3161; widget with an
 *       empty rectangle or hidden): the new signature field, its widget in the page's /Annots and in
 *       the AcroForm's /Fields, and what these objects need;</li>
 *   <li>the catalog's /Extensions (developer extension levels) and /Version.</li>
 * </ul>
 * Everything else is a change after signing: page content, annotations, form fields other than new
 * document time stamps, the XMP metadata (EU DSS counts it as a harmless extension; we do not: the
 * metadata describes the decision), an added page, a changed widget. So are bytes after the last
 * revision that form no revision (they do not end with %%EOF).
 *
 * <p>The object-level comparison of the signed revision with the final file is EU DSS's own
 * (its PDF object modification detection, reported per signature in the diagnostic data, together
 * with its page and visual difference checks); this class decides which of the reported
 * modifications are acceptable. Where DSS reports nothing it can compare, the verdict is "changed".
 */
final class ExtensionRevisions {

    private static final Set<String> EXTENSION_KEYS_OF_CATALOG = Set.of("DSS", "Extensions", "Version");

    /** @param reasons why the file counts as changed after signing; empty when it does not */
    record Finding(List<String> reasons) {

        boolean changed() {
            return !reasons.isEmpty();
        }
    }

    private ExtensionRevisions() {
    }

    static Finding judge(byte[] pdf, SignedRanges ranges, SignatureWrapper lastSignature) {
        if (ranges.bytesAfterSignedRange() == 0) {
            return new Finding(List.of());
        }
        List<String> reasons = new ArrayList<>();
        if (ranges.bytesAfterAnyRange() > 0 && !endsWithARevision(pdf)) {
            reasons.add(ranges.bytesAfterAnyRange() + " bytes after the last revision are not a PDF revision");
        }
        PDFRevisionWrapper revision = lastSignature == null ? null : lastSignature.getPDFRevision();
        if (revision == null) {
            reasons.add(ranges.bytesAfterSignedRange() + " bytes follow the signed byte range and the revisions"
                    + " cannot be compared");
            return new Finding(List.copyOf(reasons));
        }
        if (!revision.getPdfVisualDifferenceConcernedPages().isEmpty()
                || !revision.getPdfPageDifferenceConcernedPages().isEmpty()) {
            reasons.add("the pages differ from the signed revision");
        }
        if (!revision.getPdfAnnotationsOverlapConcernedPages().isEmpty()) {
            reasons.add("annotations overlap the signed content");
        }
        revision.getPdfAnnotationChanges().forEach(change -> reasons.add("annotation " + describe(change)));
        revision.getPdfUndefinedChanges().forEach(change -> reasons.add(describe(change)));
        List<XmlObjectModification> other = new ArrayList<>(revision.getPdfExtensionChanges());
        other.addAll(revision.getPdfSignatureOrFormFillChanges());
        for (XmlObjectModification change : other) {
            if (!isValidationDataOrDocumentTimestamp(change, ranges.laterDocumentTimestamps())) {
                reasons.add(describe(change));
            }
        }
        return new Finding(List.copyOf(reasons));
    }

    private static boolean isValidationDataOrDocumentTimestamp(XmlObjectModification change, Set<String> timestampFields) {
        List<String> keys = keys(change.getValue());
        if (keys.size() >= 2 && "Catalog".equals(keys.get(0)) && EXTENSION_KEYS_OF_CATALOG.contains(keys.get(1))) {
            return true;
        }
        return change.getAction() == PdfObjectModificationType.CREATION
                && change.getFieldName() != null
                && timestampFields.contains(change.getFieldName());
    }

    /** The names in DSS's object path, e.g. [Catalog, DSS] for "/Catalog /DSS 128 0 R". */
    static List<String> keys(String path) {
        List<String> keys = new ArrayList<>();
        if (path != null) {
            for (String token : path.trim().split("\\s+")) {
                if (token.startsWith("/") && token.length() > 1) {
                    keys.add(token.substring(1));
                }
            }
        }
        return keys;
    }

    private static String describe(XmlObjectModification change) {
        String action = change.getAction() == null ? "change" : change.getAction().name().toLowerCase(java.util.Locale.ROOT);
        return action + " of " + change.getValue() + (change.getFieldName() == null ? "" : " (field " + change.getFieldName() + ")");
    }

    /** Whether the file ends with %%EOF and at most one end-of-line, as every incremental revision does. */
    private static boolean endsWithARevision(byte[] pdf) {
        int end = pdf.length;
        if (end > 0 && pdf[end - 1] == '\n') {
            end--;
        }
        if (end > 0 && pdf[end - 1] == '\r') {
            end--;
        }
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        if (end < marker.length) {
            return false;
        }
        for (int i = 0; i < marker.length; i++) {
            if (pdf[end - marker.length + i] != marker[i]) {
                return false;
            }
        }
        return true;
    }
}
