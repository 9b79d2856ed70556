package fi.kanslia.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Decision;
import io.camunda.client.api.response.DecisionRequirements;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class ProcessModelsTest {

    private ZeebeTestEngine engine;
    private CamundaClient client;

    @BeforeEach
    void connect() {
        client = InProcessEngine.connect(engine);
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void listsEveryModelFileOfTheModule() throws IOException {
        // Surefire runs in the module's directory, where the models sit for Camunda Modeler.
        try (Stream<Path> files = Files.list(Path.of(""))) {
            var modelFiles = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn") || name.endsWith(".dmn"))
                    .map(name -> "processes/" + name)
                    .toList();

            assertThat(modelFiles).isNotEmpty();
            assertThat(ProcessModels.all()).containsExactlyInAnyOrderElementsOf(modelFiles);
        }
    }

    @Test
    void everyListedModelIsOnTheClasspath() {
        assertThat(ProcessModels.all())
                .allSatisfy(resource -> assertThat(getClass().getClassLoader().getResource(resource))
                        .as(resource)
                        .isNotNull());
    }

    @Test
    void everyListedModelDeploysOnItsOwn() {
        for (String resource : ProcessModels.all()) {
            var deployment = client.newDeployResourceCommand().addResourceFromClasspath(resource).send().join();

            var deployedFrom = Stream.concat(
                            deployment.getProcesses().stream().map(Process::getResourceName),
                            deployment.getDecisionRequirements().stream().map(DecisionRequirements::getResourceName))
                    .toList();
            assertThat(deployedFrom).as(resource).isNotEmpty().containsOnly(resource);
        }
    }

    @Test
    void allModelsDeployTogetherWithTheirIds() {
        var deployment = InProcessEngine.deployAllModels(client);

        assertThat(deployment.getProcesses())
                .extracting(Process::getBpmnProcessId)
                .contains(SchoolPlaceApplicationModel.PROCESS_ID, RectificationRequestModel.PROCESS_ID);
        assertThat(deployment.getDecisions())
                .extracting(Decision::getDmnDecisionId)
                .contains(SchoolPlaceApplicationModel.DECISION_ID);
    }
}
