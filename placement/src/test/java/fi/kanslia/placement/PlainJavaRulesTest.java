package fi.kanslia.placement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's own rules: plain Java only, no printing, no floating-point field anywhere. */
class PlainJavaRulesTest {

    private static final JavaClasses LIBRARY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.kanslia.placement");

    @Test
    void theLibraryDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("fi.kanslia.placement")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fi.kanslia.placement..", "java..")
                .check(LIBRARY);
    }

    @Test
    void theLibraryNeverPrints() {
        noClasses().that().resideInAPackage("fi.kanslia.placement")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(LIBRARY);
    }

    /** The synthetic generator's popularity weights are the one allowed exception: they are not scores. */
    @Test
    void noFieldHoldsAFloatingPointNumber() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage("fi.kanslia.placement")
                .and().areDeclaredInClassesThat().doNotHaveSimpleName("SyntheticRounds")
                .should().haveRawType(double.class).orShould().haveRawType(float.class)
                .orShould().haveRawType(double[].class).orShould().haveRawType(Double.class)
                .check(LIBRARY);
    }
}
