package fi.kanslia.processes;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A fresh in-process engine per test with every model of the module deployed, as the application
 * deploys them at start, and a {@link ProcessDriver} to play the application and its workers.
 */
@ZeebeProcessTest
abstract class DeployedModels {

    /** Injected by {@code @ZeebeProcessTest}. */
    protected ZeebeTestEngine engine;
    protected CamundaClient client;
    protected ProcessDriver driver;

    @BeforeEach
    void deployModels() {
        client = InProcessEngine.connect(engine);
        driver = new ProcessDriver(engine, client);
        InProcessEngine.deployAllModels(client);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }
}
