package fi.kanslia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Adapters to external systems stay out of feature code. */
class ArchitectureTest {

  static final JavaClasses APPLICATION = new ClassFileImporter()
      .withImportOption(ModularityTest.APPLICATION_ONLY)
      .importPackages("fi.kanslia");

  @Test
  void onlyTheEngineModuleTalksToZeebe() {
    rule(noClasses().that().resideOutsideOfPackages("fi.kanslia.engine..", "fi.kanslia.platform..")
        .should().dependOnClassesThat().resideInAnyPackage("io.camunda..")
        .because("process engine access goes through fi.kanslia.engine (outbox) and the workers"));
  }

  @Test
  void onlyTheArchiveModuleTalksToTheArchive() {
    rule(noClasses().that().resideOutsideOfPackage("fi.kanslia.archive.internal..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("fi.kanslia.archiveadapter..", "org.apache.chemistry.."));
  }

  @Test
  void onlyTheDecisionModuleSignsAndRendersDocuments() {
    rule(noClasses().that().resideOutsideOfPackage("fi.kanslia.decision.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("fi.kanslia.documents..",
            "org.apache.pdfbox..", "org.bouncycastle..", "eu.europa.esig.."));
  }

  @Test
  void moduleApisAreFreeOfPersistenceAndWebTypes() {
    rule(noClasses().that().resideInAnyPackage("fi.kanslia.*")
        .and().resideOutsideOfPackage("fi.kanslia.platform..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..",
            "org.springframework.web..", "jakarta.servlet.."));
  }

  @Test
  void nothingPrintsToTheConsole() {
    rule(noClasses().should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err"));
  }

  private static void rule(ArchRule rule) {
    rule.check(APPLICATION);
  }
}
