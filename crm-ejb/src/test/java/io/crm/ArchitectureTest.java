package io.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crm.permission.ServiceRules;

/**
 * The domain stays deployable and testable on its own: it knows nothing of Lucene, JAX-RS or batch, and nothing of
 * the modules that build on it (search, batch, REST), so that the dependencies between modules go one way only.
 * Every service says what permission its methods need, or why they need none.
 */
@AnalyzeClasses(
        packages = {"io.crm", "db.migration"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNothingOfLuceneJaxRsOrBatch = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.lucene..", "jakarta.ws.rs..", "jakarta.batch..")
            .because(
                    "the domain knows nothing of Lucene, JAX-RS or batch; those live in crm-search, crm-rest and crm-batch");

    @ArchTest
    static final ArchRule knowsNothingOfTheModulesAboveIt = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.crm.search..", "io.crm.batch..", "io.crm.rest..")
            .because("crm-search, crm-batch and crm-rest import crm-ejb, never the other way");

    @ArchTest
    static final ArchRule everyServiceMethodDeclaresItsPermission =
            ServiceRules.everyServiceMethodDeclaresItsPermission();

    @ArchTest
    static final ArchRule onlyRecordLevelChecksCallTheGuard = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("io.crm.permission.Guard")
            .and()
            .doNotHaveFullyQualifiedName("io.crm.permission.GuardInterceptor")
            .and()
            .doNotHaveFullyQualifiedName("io.crm.customer.Customers")
            .and()
            .doNotHaveFullyQualifiedName("io.crm.segment.SegmentService")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("io.crm.permission.Guard")
            .because(
                    "a permission that does not depend on the record is declared with @Requires; only a check that "
                            + "depends on it (changing another's note or follow-up, a segment over survey answers) calls the Guard");
}
