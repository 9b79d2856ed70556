package fi.kanslia.processes;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The in-process engine that {@code @ZeebeProcessTest} starts for each test, driven with {@link CamundaClient}.
 * The extension injects only the deprecated {@code ZeebeClient}; the application uses CamundaClient, so the
 * tests speak to the engine's gRPC gateway with the same client.
 */
final class InProcessEngine {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    private InProcessEngine() {
    }

    /** A plaintext gRPC client for the engine's gateway ({@code http://} means plaintext in 8.8). */
    static CamundaClient connect(ZeebeTestEngine engine) {
        return CamundaClient.newClientBuilder()
                .grpcAddress(URI.create("http://" + engine.getGatewayAddress()))
                .preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Deploys every model of the module, as the application does at start. */
    static DeploymentEvent deployAllModels(CamundaClient client) {
        var command = client.newDeployResourceCommand().addResourceFromClasspath(ProcessModels.all().getFirst());
        for (String resource : ProcessModels.all().subList(1, ProcessModels.all().size())) {
            command = command.addResourceFromClasspath(resource);
        }
        return command.send().join();
    }

    /** Returns once the engine has processed every command and has nothing left to do. */
    static void waitUntilIdle(ZeebeTestEngine engine) {
        try {
            engine.waitForIdleState(IDLE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the engine to become idle", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The engine did not become idle within " + IDLE_TIMEOUT, e);
        }
    }
}
