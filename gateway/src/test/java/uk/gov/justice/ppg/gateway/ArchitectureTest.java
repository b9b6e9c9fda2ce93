package uk.gov.justice.ppg.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import uk.gov.justice.ppg.routes.error.GatewayException;

/**
 * Guards the layering (gateway depends on routes, routes on schemas, never the other
 * way), the packages of the gateway (no cycles between them), and the one coded
 * exception.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("uk.gov.justice.ppg");

    @Test
    void schemasDependOnNothingOfOurs() {
        noClasses().that()
            .resideInAPackage("uk.gov.justice.ppg.schemas..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("uk.gov.justice.ppg.routes..", "uk.gov.justice.ppg.gateway..", "org.apache.camel..",
                    "org.springframework..")
            .check(CLASSES);
    }

    @Test
    void routesKnowNothingOfSpringOrTheGateway() {
        noClasses().that()
            .resideInAPackage("uk.gov.justice.ppg.routes..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("uk.gov.justice.ppg.gateway..", "org.springframework..")
            .check(CLASSES);
    }

    @Test
    void gatewayPackagesDependOnEachOtherWithoutCycles() {
        slices().matching("uk.gov.justice.ppg.gateway.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void failuresAreToldApartByCodeNotByType() {
        noClasses().that()
            .doNotHaveFullyQualifiedName(GatewayException.class.getName())
            .should()
            .beAssignableTo(GatewayException.class)
            .check(CLASSES);
    }

    @Test
    void productionCodeThrowsNoBareRuntimeExceptions() {
        noClasses().that()
            .resideInAPackage("uk.gov.justice.ppg..")
            .and()
            .doNotHaveFullyQualifiedName(GatewayException.class.getName())
            .should()
            .callConstructor(RuntimeException.class)
            .orShould()
            .callConstructor(Exception.class)
            .check(CLASSES);
    }

}
