package fi.kanslia.engine.internal;

import fi.kanslia.processes.ProcessModels;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN and DMN model of the processes module at start, and again
 * before relaying whenever the engine was unreachable or lost them. Deploying unchanged models is
 * a no-op in Zeebe, so this is safe on a shared cluster.
 */
@Component
class ProcessModelDeployer {

  private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

  private final CamundaClient client;
  private final AtomicBoolean deployed = new AtomicBoolean();

  ProcessModelDeployer(CamundaClient client) {
    this.client = client;
  }

  @EventListener(ApplicationReadyEvent.class)
  void deployAtStart() {
    ensureDeployed();
  }

  boolean ensureDeployed() {
    if (deployed.get()) {
      return true;
    }
    synchronized (this) {
      if (deployed.get()) {
        return true;
      }
      try {
        List<Resource> models = models();
        DeployResourceCommandStep2 command = null;
        for (Resource model : models) {
          byte[] content = model.getContentAsByteArray();
          command = command == null
              ? client.newDeployResourceCommand().addResourceBytes(content, model.getFilename())
              : command.addResourceBytes(content, model.getFilename());
        }
        if (command == null) {
          throw new IllegalStateException("No process models on the classpath under processes/");
        }
        command.requestTimeout(Duration.ofSeconds(30)).send().join();
        deployed.set(true);
        log.info("Deployed {} process models: {}", models.size(),
            models.stream().map(Resource::getFilename).toList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (RuntimeException e) {
        log.warn("Could not deploy the process models yet; retrying later: {}", e.getMessage());
      }
      return deployed.get();
    }
  }

  void forgetDeployment() {
    deployed.set(false);
  }

  /** The models {@link ProcessModels#all()} names, which a test keeps in step with the files. */
  static List<Resource> models() {
    return ProcessModels.all().stream().<Resource>map(ClassPathResource::new).toList();
  }
}
