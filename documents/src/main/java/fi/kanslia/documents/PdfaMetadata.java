package fi.kanslia.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * PDF/A-3a document-level parts: XMP metadata (pdfaid part 3, conformance A, pdfuaid part 1,
 * dc:title, dc:language) kept identical to the document information dictionary, the sRGB output
 * intent and the language.
 */
final class PdfaMetadata {

    /** The PDF/A part (ISO 19005-3) and conformance level (a: accessible, tagged) the file claims. */
    static final int PDFA_PART = 3;
    static final String PDFA_CONFORMANCE = "A";

    static final String PRODUCER = "Kanslia";
    private static final byte[] SRGB = DecisionFonts.resource("icc/sRGB.icc");
    private static final String SRGB_NAME = "sRGB IEC61966-2.1";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    /**
     * Dublin Core, Adobe PDF, XMP basic, PDF/A identification and pdfuaid:part 1 (ISO 14289-1) with,
     * as PDF/A requires for a schema outside its predefined set, that schema's description.
     */
    private static final String XMP_TEMPLATE = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
            <dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
            <dc:format>application/pdf</dc:format>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Producer>{producer}</pdf:Producer>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:CreatorTool>{producer}</xmp:CreatorTool>
            <xmp:CreateDate>{date}</xmp:CreateDate>
            <xmp:ModifyDate>{date}</xmp:ModifyDate>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
            <pdfaid:part>{part}</pdfaid:part>
            <pdfaid:conformance>{conformance}</pdfaid:conformance>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
            xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
            <pdfaProperty:name>part</pdfaProperty:name>
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
            <pdfaProperty:category>internal</pdfaProperty:category>
            <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>
            </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            </rdf:Description>
            <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta><?xpacket end="w"?>""";

    private PdfaMetadata() {
    }

    /**
     * @param title    the document title (dc:title and Info /Title)
     * @param author   the issuing authority (dc:creator and Info /Author)
     * @param language the BCP 47 language tag
     * @param created  the creation time (xmp:CreateDate and Info /CreationDate)
     */
    static void apply(PDDocument document, String title, String author, String language, GregorianCalendar created)
            throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(title, author, language, created).getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
        catalog.setLanguage(language);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo(SRGB_NAME);
        intent.setOutputCondition(SRGB_NAME);
        intent.setOutputConditionIdentifier(SRGB_NAME);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
    }

    /**
     * The XMP packet, written from a template: building it with xmpbox and a JAXP transformer on
     * every render was a measurable share of the pipeline's time (BENCHMARKS.md). The values are XML-escaped; the dates are the
     * Info dictionary's, to the second, as PDF/A requires.
     */
    static String xmp(String title, String author, String language, GregorianCalendar created) {
        String date = XMP_DATE.format(created.toZonedDateTime());
        // One pass, so that a value containing "{date}" or the like stays as written.
        return PLACEHOLDER.matcher(XMP_TEMPLATE).replaceAll(match -> Matcher.quoteReplacement(switch (match.group(1)) {
            case "title" -> escape(title);
            case "author" -> escape(author);
            case "language" -> escape(language);
            case "date" -> date;
            case "part" -> Integer.toString(PDFA_PART);
            case "conformance" -> PDFA_CONFORMANCE;
            case "producer" -> PRODUCER;
            default -> throw new IllegalStateException("Unknown XMP placeholder " + match.group());
        }));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static GregorianCalendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        calendar.set(Calendar.MILLISECOND, 0);
        return calendar;
    }
}
