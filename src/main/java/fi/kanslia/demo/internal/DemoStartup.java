package fi.kanslia.demo.internal;

import static fi.kanslia.demo.DemoPopulation.*;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Seeds the demo on first start and tells the person at the terminal where to go. */
@Component
class DemoStartup {

  private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

  private final DemoSeeder seeder;
  private final DemoCases cases;
  private final Environment environment;
  private final boolean enabled;
  private final boolean driveCases;

  DemoStartup(DemoSeeder seeder, DemoCases cases, Environment environment,
      @Value("${kanslia.demo.enabled:false}") boolean enabled,
      @Value("${kanslia.demo.cases:true}") boolean driveCases) {
    this.seeder = seeder;
    this.cases = cases;
    this.environment = environment;
    this.enabled = enabled;
    this.driveCases = driveCases;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (!enabled) {
      return;
    }
    boolean seeded = seeder.seedIfEmpty();
    String port = environment.getProperty("local.server.port", "8080");
    log.info("""

        ================================================================
         Kanslia is running: open http://localhost:{}/
         Demo logins (password '{}' for all):
           guardian   {}  (also {}, {})
           official   {}  (Kuusikallion koulu), {} (Lehtolaakson koulu),
                      {} (Havsvindens skola); principals {}, {} (Havsvindens skola)
           archivist  {}
         Archive (CMIS browser binding): http://localhost:{}/cmis/browser
        ================================================================""",
        port, PASSWORD, GUARDIAN, OTHER_GUARDIAN, SWEDISH_GUARDIAN, OFFICIAL, OTHER_OFFICIAL,
        SWEDISH_OFFICIAL, PRINCIPAL, SWEDISH_PRINCIPAL, ARCHIVIST, port);
    if (seeded && driveCases) {
      Thread.ofVirtual().name("demo-cases").start(() -> {
        try {
          cases.drive();
        } catch (RuntimeException e) {
          log.error("Driving the demo cases failed; the demo population is there all the same", e);
        }
      });
    }
  }
}
