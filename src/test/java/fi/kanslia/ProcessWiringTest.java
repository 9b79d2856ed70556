package fi.kanslia;

import static org.assertj.core.api.Assertions.assertThat;

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

  @Test
  void everyServiceTaskHasExactlyOneWorker() throws Exception {
    // Every deployed model is started by the application (the admission round since its desk
    // came), so every job type of every model needs its worker.
    List<String> modelled = jobTypesInModels(path -> true);
    List<String> workers = workerTypes();
    assertThat(modelled).isNotEmpty();
    assertThat(workers).doesNotHaveDuplicates();
    assertThat(workers).containsExactlyInAnyOrderElementsOf(modelled.stream().distinct().toList());
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
