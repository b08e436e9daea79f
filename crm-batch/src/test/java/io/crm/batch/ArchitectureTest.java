package io.crm.batch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Batch jobs import the domain (and the search side for reindexing), never the REST API that starts and watches them.
 */
@AnalyzeClasses(packages = "io.crm.batch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule knowsNothingOfJaxRsOrRest = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.crm.rest..")
            .because("crm-rest builds on crm-batch, never the other way");

    @ArchTest
    static final ArchRule everyServiceMethodDeclaresItsPermission = methods()
            .that().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
            .and().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
            .should(new ArchCondition<JavaMethod>("declare @Requires or @Unguarded (on the method, or else on its class)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean own = method.isAnnotatedWith(Requires.class) || method.isAnnotatedWith(Unguarded.class);
                    boolean requires = own ? method.isAnnotatedWith(Requires.class) : method.getOwner().isAnnotatedWith(Requires.class);
                    boolean unguarded = own ? method.isAnnotatedWith(Unguarded.class) : method.getOwner().isAnnotatedWith(Unguarded.class);
                    if (requires == unguarded) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + (requires ? " is both @Requires and @Unguarded" : " declares neither @Requires nor @Unguarded")));
                    }
                }
            })
            .because("the guard checks what a service declares; a method that declares nothing would let every caller in");

    @ArchTest
    static final ArchRule neverCallsTheGuard = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("io.crm.permission.Guard")
            .because("the permissions of batch's services are declared with @Requires; no check of theirs depends on a record");
}
