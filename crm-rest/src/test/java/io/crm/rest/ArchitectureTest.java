package io.crm.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The REST API stays thin: resources, DTOs and mappers translate HTTP to calls of the domain and back. Queries,
 * database access and the visibility rule (the one {@code Guard}) live in crm-ejb, so that a list, a search and a
 * batch job can never disagree about what a caller may see.
 */
@AnalyzeClasses(packages = "io.crm.rest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noDatabaseAccess = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "org.eclipse.persistence..", "java.sql..")
            .because(
                    "queries and database access belong to crm-ejb; crm-rest has no business logic and builds no queries");

    @ArchTest
    static final ArchRule neverCallsTheGuard = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.crm.permission.Guard")
            .because("the services in crm-ejb decide visibility; resources never decide it themselves");

    @ArchTest
    static final ArchRule resourcesBuildNoQueries = noClasses()
            .that()
            .areAnnotatedWith("jakarta.ws.rs.Path")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("a resource calls a service; it never holds an EntityManager or builds a query");
}
