package io.crm.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crm.permission.ServiceRules;

/**
 * The search side imports the domain only: it answers the REST API and the reindex job, and depends on neither.
 */
@AnalyzeClasses(packages = "io.crm.search", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNothingOfJaxRsRestOrBatch = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.ws.rs..", "io.crm.rest..", "io.crm.batch..")
            .because("crm-search imports crm-ejb only; crm-rest and crm-batch build on it");

    @ArchTest
    static final ArchRule everyServiceMethodDeclaresItsPermission =
            ServiceRules.everyServiceMethodDeclaresItsPermission();

    @ArchTest
    static final ArchRule neverCallsTheGuard = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.crm.permission.Guard")
            .because(
                    "the permissions of search's services are declared with @Requires; no check of theirs depends on a record");

    static final ArchRule theIndexAndItsQueriesKnowNothingOfTheChangeLog = noClasses()
            .that()
            .resideInAnyPackage("io.crm.search.lucene..", "io.crm.search.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.crm.search.changelog..", "io.crm.changelog..", "jakarta.ejb..", "jakarta.enterprise..")
            .because(
                    "the Lucene index and its queries are plain code, tested on in-memory directories; keeping them current "
                            + "is the change log consumer's job");

    @ArchTest
    static final ArchRule theChangeLogConsumerDoesNotSearch = noClasses()
            .that()
            .resideInAPackage("io.crm.search.changelog..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.crm.search.query..")
            .because("the consumer writes the index; queries are the search side's");
}
