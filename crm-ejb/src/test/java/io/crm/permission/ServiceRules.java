package io.crm.permission;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Stateless;

/** The permission rules every EJB module checks in its ArchitectureTest (crm-ejb, crm-search, crm-batch). */
public final class ServiceRules {

    private ServiceRules() {}

    /** Every public method of a service declares @Requires or @Unguarded, on itself or else on its class; not both. */
    public static ArchRule everyServiceMethodDeclaresItsPermission() {
        return methods()
                .that()
                .arePublic()
                .and()
                .doNotHaveModifier(JavaModifier.STATIC)
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Stateless.class)
                .should(
                        new ArchCondition<JavaMethod>(
                                "declare @Requires or @Unguarded (on the method, or else on its class)") {
                            @Override
                            public void check(JavaMethod method, ConditionEvents events) {
                                boolean own = method.isAnnotatedWith(Requires.class)
                                        || method.isAnnotatedWith(Unguarded.class);
                                boolean requires = own
                                        ? method.isAnnotatedWith(Requires.class)
                                        : method.getOwner().isAnnotatedWith(Requires.class);
                                boolean unguarded = own
                                        ? method.isAnnotatedWith(Unguarded.class)
                                        : method.getOwner().isAnnotatedWith(Unguarded.class);
                                if (requires == unguarded) {
                                    events.add(SimpleConditionEvent.violated(
                                            method,
                                            method.getFullName()
                                                    + (requires
                                                            ? " is both @Requires and @Unguarded"
                                                            : " declares neither @Requires nor @Unguarded")));
                                }
                            }
                        })
                .because(
                        "the guard checks what a service declares; a method that declares nothing would let every caller in");
    }
}
