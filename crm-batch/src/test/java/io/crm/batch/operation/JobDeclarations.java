package io.crm.batch.operation;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/** The jobs the module declares, found as the container finds them: static JobDefinition producers of its beans. */
final class JobDeclarations {

    private JobDeclarations() {}

    static List<JobDefinition> all() {
        List<JobDefinition> found = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.crm.batch")) {
            for (JavaField field : type.getFields()) {
                if (field.isAnnotatedWith(Produces.class) && field.getRawType().isEquivalentTo(JobDefinition.class)) {
                    if (!type.isAnnotatedWith(Dependent.class)
                            || !field.getModifiers().contains(JavaModifier.STATIC)) {
                        throw new AssertionError(field.getFullName() + " must be static, in a @Dependent class");
                    }
                    found.add(valueOf(field.reflect()));
                }
            }
        }
        return found;
    }

    private static JobDefinition valueOf(Field field) {
        try {
            field.setAccessible(true);
            return (JobDefinition) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    static JobCatalog catalog() {
        return new JobCatalog(all());
    }
}
