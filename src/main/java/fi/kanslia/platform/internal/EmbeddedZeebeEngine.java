package fi.kanslia.platform.internal;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One in-process Zeebe engine per JVM (zeebe-process-test), reached over plaintext gRPC on
 * loopback exactly as a real cluster is reached. It keeps its state in memory only.
 */
public final class EmbeddedZeebeEngine {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedZeebeEngine.class);
  private static EmbeddedZeebeEngine shared;

  private final ZeebeTestEngine engine;

  private EmbeddedZeebeEngine(ZeebeTestEngine engine) {
    this.engine = engine;
  }

  public static synchronized EmbeddedZeebeEngine shared() {
    if (shared == null) {
      ZeebeTestEngine engine = EngineFactory.create();
      engine.start();
      shared = new EmbeddedZeebeEngine(engine);
      Runtime.getRuntime().addShutdownHook(new Thread(engine::stop, "embedded-zeebe-stop"));
      log.info("Started the in-process Zeebe engine at {}", engine.getGatewayAddress());
    }
    return shared;
  }

  /** The engine itself, for tests that move its clock. */
  public ZeebeTestEngine engine() {
    return engine;
  }

  public String gatewayAddress() {
    return engine.getGatewayAddress();
  }
}
