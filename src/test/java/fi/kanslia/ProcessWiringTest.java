package fi.kanslia;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kanslia.processes.AdmissionRoundModel;
import fi.kanslia.processes.ProcessModels;
import io.camunda.client.annotation.JobWorker;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.w3c.dom.NodeList;

/** Every job type in the deployed models has exactly one worker, and no worker is orphaned. */
class ProcessWiringTest {

  private static final String ZEEBE = "http://camunda.org/schema/zeebe/1.0";

  /**
   * Models that are deployed but that the application does not start yet: nothing publishes their
   * start messages, so no instance can wait for a missing worker.
   */
  private static final List<String> NOT_YET_STARTED_BY_THE_APPLICATION = List.of(
      AdmissionRoundModel.BPMN_RESOURCE);

  @Test
  void everyServiceTaskHasExactlyOneWorker() throws Exception {
    List<String> modelled = jobTypesInModels(path -> !NOT_YET_STARTED_BY_THE_APPLICATION.contains(path));
    List<String> workers = workerTypes();
    assertThat(modelled).isNotEmpty();
    assertThat(workers).doesNotHaveDuplicates();
    assertThat(workers).containsExactlyInAnyOrderElementsOf(modelled.stream().distinct().toList());
  }

  /** Once a model gets its workers, it must leave the not-yet-started list (and be wired fully). */
  @Test
  void modelsNotYetStartedHaveNoWorkersYet() throws Exception {
    List<String> pending = jobTypesInModels(NOT_YET_STARTED_BY_THE_APPLICATION::contains);
    assertThat(pending).isNotEmpty();
    assertThat(workerTypes()).doesNotContainAnyElementsOf(pending);
  }

  private static List<String> jobTypesInModels(java.util.function.Predicate<String> which)
      throws Exception {
    List<String> types = new ArrayList<>();
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Resource model : ProcessModels.all().stream().filter(path -> path.endsWith(".bpmn"))
        .filter(which).<Resource>map(ClassPathResource::new).toList()) {
      try (InputStream in = model.getInputStream()) {
        NodeList definitions = factory.newDocumentBuilder().parse(in)
            .getElementsByTagNameNS(ZEEBE, "taskDefinition");
        for (int i = 0; i < definitions.getLength(); i++) {
          types.add(definitions.item(i).getAttributes().getNamedItem("type").getNodeValue());
        }
      }
    }
    return types;
  }

  private static List<String> workerTypes() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(Object.class));
    List<String> types = new ArrayList<>();
    for (var candidate : scanner.findCandidateComponents("fi.kanslia.workers")) {
      for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
        JobWorker worker = method.getAnnotation(JobWorker.class);
        if (worker != null) {
          types.add(worker.type());
        }
      }
    }
    return types;
  }
}
