package fi.kanslia.archiveadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Alfresco content model (deployed to production) and the in-memory repository's type definitions (used
 * locally and in tests) must define the same record type, aspect and properties, or a record filed locally would
 * not file in production.
 */
class KansliaContentModelTest {

    private static final String ALFRESCO_DICTIONARY = "http://www.alfresco.org/model/dictionary/1.0";
    private static final String CMIS_CORE = "http://docs.oasis-open.org/ns/cmis/core/200908/";
    private static final String CMIS_RESTATOM = "http://docs.oasis-open.org/ns/cmis/restatom/200908/";
    private static final Map<String, String> ALFRESCO_TO_CMIS_TYPE = Map.of(
            "d:text", "string", "d:int", "integer", "d:boolean", "boolean", "d:date", "datetime");

    @Test
    void alfrescoModelAndInMemoryTypesDefineTheSameProperties() throws Exception {
        Document alfresco = parse(Files.newInputStream(Path.of("alfresco/kanslia-content-model.xml")));
        Document cmis = parse(getClass().getClassLoader().getResourceAsStream(KansliaModel.CMIS_TYPES_RESOURCE));

        Map<String, String> alfrescoProperties = alfrescoAspectProperties(alfresco, "kanslia:recordMetadata");
        Map<String, String> cmisProperties = cmisTypeProperties(cmis, KansliaModel.METADATA_ASPECT);

        assertThat(cmisProperties).isNotEmpty().isEqualTo(alfrescoProperties);
        assertThat(cmisProperties.keySet()).containsExactlyElementsOf(KansliaModel.METADATA_PROPERTIES);
    }

    @Test
    void theRecordTypeIsAContentTypeInBothAndCarriesTheAspectInAlfresco() throws Exception {
        Document alfresco = parse(Files.newInputStream(Path.of("alfresco/kanslia-content-model.xml")));
        Document cmis = parse(getClass().getClassLoader().getResourceAsStream(KansliaModel.CMIS_TYPES_RESOURCE));

        Element type = named(alfresco.getElementsByTagNameNS(ALFRESCO_DICTIONARY, "type"), "kanslia:record");
        assertThat(text(type, ALFRESCO_DICTIONARY, "parent")).isEqualTo("cm:content");
        assertThat(text(type, ALFRESCO_DICTIONARY, "aspect")).isEqualTo("kanslia:recordMetadata");
        assertThat(cmisTypeProperties(cmis, KansliaModel.RECORD_TYPE)).isEmpty();
        assertThat(text(cmisType(cmis, KansliaModel.RECORD_TYPE), CMIS_CORE, "baseId")).isEqualTo("cmis:document");
        assertThat(text(cmisType(cmis, KansliaModel.METADATA_ASPECT), CMIS_CORE, "baseId"))
                .isEqualTo("cmis:secondary");
    }

    private static Map<String, String> alfrescoAspectProperties(Document model, String aspectName) {
        Element aspect = named(model.getElementsByTagNameNS(ALFRESCO_DICTIONARY, "aspect"), aspectName);
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList nodes = aspect.getElementsByTagNameNS(ALFRESCO_DICTIONARY, "property");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element property = (Element) nodes.item(i);
            String alfrescoType = text(property, ALFRESCO_DICTIONARY, "type");
            properties.put(property.getAttribute("name"),
                    ALFRESCO_TO_CMIS_TYPE.getOrDefault(alfrescoType, "unmapped " + alfrescoType));
        }
        return properties;
    }

    private static Map<String, String> cmisTypeProperties(Document types, String typeId) {
        Element type = cmisType(types, typeId);
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList children = type.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getLocalName().startsWith("property")) {
                properties.put(text(child, CMIS_CORE, "id"), text(child, CMIS_CORE, "propertyType"));
            }
        }
        return properties;
    }

    private static Element cmisType(Document types, String typeId) {
        NodeList nodes = types.getElementsByTagNameNS(CMIS_RESTATOM, "type");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element type = (Element) nodes.item(i);
            if (typeId.equals(text(type, CMIS_CORE, "id"))) {
                return type;
            }
        }
        throw new AssertionError("No CMIS type " + typeId);
    }

    private static Element named(NodeList nodes, String name) {
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (name.equals(element.getAttribute("name"))) {
                return element;
            }
        }
        throw new AssertionError("No element named " + name);
    }

    /** The text of the first descendant with that name. */
    private static String text(Element parent, String namespace, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, localName);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        try (in) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
