package io.crm.batch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crm.permission.ServiceRules;

/**
 * Batch jobs import the domain (and the search side for reindexing), never the REST API that starts and watches them.
 */
@AnalyzeClasses(packages = "io.crm.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNothingOfJaxRsOrRest = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "io.crm.rest..")
            .because("crm-rest builds on crm-batch, never the other way");

    @ArchTest
    static final ArchRule everyServiceMethodDeclaresItsPermission =
            ServiceRules.everyServiceMethodDeclaresItsPermission();

    @ArchTest
    static final ArchRule neverCallsTheGuard = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.crm.permission.Guard")
            .because(
                    "the permissions of batch's services are declared with @Requires; no check of theirs depends on a record");
}
