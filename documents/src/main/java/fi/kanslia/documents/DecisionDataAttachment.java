package fi.kanslia.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The decision data as a PDF/A-3 associated file (ISO 19005-3 6.8, ISO 32000-2 14.13): an embedded
 * file stream with its MIME subtype and params (size, dates, MD5 checksum), a file specification
 * with /F and /UF (PDF/UA-1 7.11), a description and /AFRelationship /Source (the document was
 * rendered from this data), listed in the catalog's /AF array and in the EmbeddedFiles name tree.
 */
final class DecisionDataAttachment {

    static final COSName AF = COSName.getPDFName("AF");
    static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    static final String RELATIONSHIP = "Source";

    private DecisionDataAttachment() {
    }

    static void attach(PDDocument document, byte[] json, String description, GregorianCalendar created)
            throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        file.setSubtype(DecisionData.MEDIA_TYPE);
        file.setSize(json.length);
        file.setCreationDate(created);
        file.setModDate(created);
        file.getCOSObject().getCOSDictionary(COSName.PARAMS)
                .setItem(COSName.getPDFName("CheckSum"), new COSString(md5(json)));

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(DecisionData.FILE_NAME);
        spec.setFileUnicode(DecisionData.FILE_NAME);
        spec.setFileDescription(description);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(AF_RELATIONSHIP, RELATIONSHIP);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDEmbeddedFilesNameTreeNode embeddedFiles = new PDEmbeddedFilesNameTreeNode();
        embeddedFiles.setNames(Map.of(DecisionData.FILE_NAME, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(embeddedFiles);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(AF, associated);
    }

    /** The bytes of the {@value DecisionData#FILE_NAME} associated file of the document. */
    static byte[] read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(AF);
            if (associated != null) {
                for (int i = 0; i < associated.size(); i++) {
                    if (associated.getObject(i) instanceof COSDictionary dictionary) {
                        PDComplexFileSpecification spec = new PDComplexFileSpecification(dictionary);
                        PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
                        if (DecisionData.FILE_NAME.equals(spec.getFileUnicode()) && file != null
                                && DecisionData.MEDIA_TYPE.equals(file.getSubtype())) {
                            return file.toByteArray();
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable PDF file", e);
        }
        throw new IllegalArgumentException("The document has no " + DecisionData.FILE_NAME + " associated file");
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
