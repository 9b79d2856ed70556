package fi.kanslia;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package of the application is a feature module; a module may use another's
 * top-level (API) types only, never its {@code internal} package, and there are no cycles.
 */
class ModularityTest {

  /** The application's own classes; the sibling Maven modules are libraries, not features. */
  static final ImportOption APPLICATION_ONLY = new ImportOption() {
    @Override
    public boolean includes(Location location) {
      return location.contains("/src/target/classes/");
    }
  };

  static final ApplicationModules MODULES =
      ApplicationModules.of(KansliaApplication.class, APPLICATION_ONLY);

  @Test
  void modulesUseEachOtherOnlyThroughTheirApis() {
    MODULES.verify();
  }

  @Test
  void theFeatureModulesAreTheOnesTheArchitectureNames() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .containsExactlyInAnyOrder("admission", "application", "archive", "audit", "casefile", "cohort", "decision",
            "demo", "engine", "guardian", "identity", "notification", "platform",
            "rectification", "review", "school", "support");
  }
}
