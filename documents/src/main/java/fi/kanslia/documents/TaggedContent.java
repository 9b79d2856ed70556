package fi.kanslia.documents;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;

/**
 * The logical structure of a tagged PDF: a Document element (with the document language) holding,
 * in reading order, one H1/H2/P element per paragraph and one L element per list (LI items with
 * Lbl and LBody); each line is a marked-content sequence, running headers are artifacts. Lets
 * screen readers follow the decision (PDF/A-3a, PDF/UA-1, WCAG 2.1; domain.md §7).
 */
final class TaggedContent {

    private final PDStructureElement documentElement;
    private final PDStructureTreeRoot root;
    /** Paragraph number to the element that holds its text: H1/H2/P, or LBody for a list item. */
    private final Map<Integer, PDStructureElement> paragraphs = new HashMap<>();
    private final Map<Integer, PDStructureElement> items = new HashMap<>();
    private final Map<Integer, PDStructureElement> lists = new HashMap<>();
    private final Map<Integer, PDParentTreeValue> parentTree = new TreeMap<>();
    private PDPage page;
    private COSArray pageParents;

    TaggedContent(PDDocument document, String language) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setMarkInfo(markInfo);
        documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        documentElement.setLanguage(language);
        root.appendKid(documentElement);
    }

    /** Starts a page: its marked content is numbered from 0 and registered in the parent tree. */
    void startPage(PDPage next, int pageIndex) {
        page = next;
        pageParents = new COSArray();
        page.setStructParents(pageIndex);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        parentTree.put(pageIndex, new PDParentTreeValue(pageParents));
    }

    /** Begins the marked content of one line of a paragraph or list item. */
    void beginLine(PDPageContentStream stream, PageFlow.Placed line) throws IOException {
        PDStructureElement element = paragraphs.computeIfAbsent(line.paragraph(), key -> line.inList()
                ? child(item(line), StandardStructureTypes.L_BODY)
                : child(documentElement, line.style().structureType));
        begin(stream, element);
    }

    /** Begins the marked content of a list item's label. */
    void beginLabel(PDPageContentStream stream, PageFlow.Placed line) throws IOException {
        begin(stream, child(item(line), StandardStructureTypes.LBL));
    }

    private PDStructureElement item(PageFlow.Placed line) {
        PDStructureElement list = lists.computeIfAbsent(line.list(),
                key -> child(documentElement, StandardStructureTypes.L));
        return items.computeIfAbsent(line.paragraph(), key -> child(list, StandardStructureTypes.LI));
    }

    private PDStructureElement child(PDStructureElement parent, String structureType) {
        PDStructureElement created = new PDStructureElement(structureType, parent);
        created.setPage(page);
        parent.appendKid(created);
        return created;
    }

    private void begin(PDPageContentStream stream, PDStructureElement element) throws IOException {
        int mcid = pageParents.size();
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(mcid);
        reference.setPage(page);
        element.appendKid(reference);
        pageParents.add(element);
    }

    /** Marks running headers and rules as pagination artifacts, outside the logical structure. */
    static void beginArtifact(PDPageContentStream stream) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    }

    void finish(int pageCount) {
        PDNumberTreeNode tree = new PDNumberTreeNode(PDParentTreeValue.class);
        tree.setNumbers(parentTree);
        root.setParentTree(tree);
        root.setParentTreeNextKey(pageCount);
    }
}
