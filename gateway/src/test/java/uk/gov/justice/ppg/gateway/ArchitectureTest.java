package uk.gov.justice.ppg.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Guards the layering: gateway depends on routes, routes on schemas, never the other way.
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
    void everyGatewayFailureIsAGatewayException() {
        classes().that()
            .resideInAPackage("uk.gov.justice.ppg.routes.error")
            .and()
            .haveSimpleNameEndingWith("Exception")
            .and()
            .doNotHaveSimpleName("GatewayException")
            .should()
            .beAssignableTo(uk.gov.justice.ppg.routes.error.GatewayException.class)
            .check(CLASSES);
    }

    @Test
    void productionCodeThrowsNoBareRuntimeExceptions() {
        noClasses().that()
            .resideInAPackage("uk.gov.justice.ppg..")
            .should()
            .callConstructor(RuntimeException.class)
            .orShould()
            .callConstructor(Exception.class)
            .check(CLASSES);
    }

}
