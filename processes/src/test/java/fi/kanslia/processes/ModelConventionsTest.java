package fi.kanslia.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What every model must have so that designers can open it in Camunda Modeler and readers can follow it:
 * the Camunda 8 execution platform, meaningful kebab-case ids, a human name on every element and a
 * diagram shape or edge for every element.
 */
class ModelConventionsTest {

    private static final Pattern MEANINGFUL_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    private static final String DMN_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    private static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    static Stream<String> bpmnModels() {
        return ProcessModels.all().stream().filter(resource -> resource.endsWith(".bpmn"));
    }

    static Stream<String> dmnModels() {
        return ProcessModels.all().stream().filter(resource -> resource.endsWith(".dmn"));
    }

    @ParameterizedTest
    @MethodSource("bpmnModels")
    void bpmnModelTargetsCamunda8(String resource) throws IOException {
        var definitions = readBpmn(resource).getDefinitions();

        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Cloud");
        assertThat(definitions.getAttributeValueNs(MODELER_NS, "executionPlatformVersion")).startsWith("8.8");
    }

    @ParameterizedTest
    @MethodSource("bpmnModels")
    void everyBpmnElementHasAMeaningfulIdAndFlowNodesHaveNames(String resource) throws IOException {
        var model = readBpmn(resource);

        assertThat(model.getModelElementsByType(FlowElement.class))
                .isNotEmpty()
                .allSatisfy(element -> assertThat(element.getId()).matches(MEANINGFUL_ID));
        assertThat(model.getModelElementsByType(FlowNode.class))
                .allSatisfy(node -> assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("bpmnModels")
    void everyBpmnElementIsLaidOutInTheDiagram(String resource) throws IOException {
        var model = readBpmn(resource);
        Set<String> shaped = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> shape.getBounds() != null)
                .map(shape -> shape.getBpmnElement().getId())
                .collect(Collectors.toSet());
        Set<String> routed = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(edge -> edge.getWaypoints().size() >= 2)
                .map(edge -> edge.getBpmnElement().getId())
                .collect(Collectors.toSet());

        assertThat(model.getModelElementsByType(FlowNode.class))
                .allSatisfy(node -> assertThat(shaped).as("shape of %s", node.getId()).contains(node.getId()));
        assertThat(model.getModelElementsByType(SequenceFlow.class))
                .allSatisfy(flow -> assertThat(routed).as("edge of %s", flow.getId()).contains(flow.getId()));
    }

    @ParameterizedTest
    @MethodSource("dmnModels")
    void everyDecisionIsNamedLaidOutAndEveryRuleAnnotated(String resource) throws Exception {
        var dmn = readXml(resource);
        var root = dmn.getDocumentElement();
        assertThat(root.getAttributeNS(MODELER_NS, "executionPlatform")).isEqualTo("Camunda Cloud");

        List<String> shaped = new ArrayList<>();
        for (Element shape : elements(dmn, DMNDI_NS, "DMNShape")) {
            shaped.add(shape.getAttribute("dmnElementRef"));
        }
        assertThat(elements(dmn, DMN_NS, "decision")).isNotEmpty().allSatisfy(decision -> {
            assertThat(decision.getAttribute("id")).matches(MEANINGFUL_ID);
            assertThat(decision.getAttribute("name")).isNotBlank();
            assertThat(shaped).contains(decision.getAttribute("id"));
        });
        assertThat(elements(dmn, DMN_NS, "rule")).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.getAttribute("id")).matches(MEANINGFUL_ID);
            assertThat(children(rule, "description")).as("annotation of %s", rule.getAttribute("id"))
                    .singleElement()
                    .satisfies(description -> assertThat(description.getTextContent()).isNotBlank());
        });
    }

    private static BpmnModelInstance readBpmn(String resource) throws IOException {
        try (InputStream in = open(resource)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    private static Document readXml(String resource) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = open(resource)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static InputStream open(String resource) throws IOException {
        var in = ModelConventionsTest.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Not on the classpath: " + resource);
        }
        return in;
    }

    private static List<Element> elements(Document document, String namespace, String localName) {
        var nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The direct children of {@code parent} in the DMN namespace with the given local name. */
    private static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && DMN_NS.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                result.add(element);
            }
        }
        return result;
    }
}
