package io.crm.rest.json;

import io.crm.common.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks the Bean Validation constraints declared on a request record and maps what breaks them to the
 * {@code violations} of a problem: the field as the client named it ({@code text}, {@code target.segmentId},
 * {@code phones[1]}) and the constraint's message. {@code @Size} on a text counts characters as a person does (an emoji
 * is one), as JSON Schema's {@code maxLength} does ({@code size-in-code-points.xml}).
 */
public final class RequestValidation {

    private static final String MAPPING = "size-in-code-points.xml";

    private static final class Holder {
        static final Validator VALIDATOR = validator();
    }

    private RequestValidation() {}

    /** Every constraint the request breaks, in field order; none for a null request. */
    public static List<Violation> violations(Object request) {
        if (request == null) {
            return List.of();
        }
        return of(Holder.VALIDATOR.validate(request));
    }

    /** The problem's violations for a set of constraint violations: one per violation, ordered by field. */
    public static List<Violation> of(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Violation(field(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
    }

    static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                field.append(node.getIndex() != null ? "[" + node.getIndex() + "]" : "." + node.getKey());
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /**
     * Built with this module's class loader as the context one: the mapping names {@link SizeInCodePoints}, which the
     * provider loads through the context class loader, and the first request to validate may run inside an EJB call
     * (a merge patch), whose context class loader does not see the web module's classes.
     */
    private static Validator validator() {
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        thread.setContextClassLoader(RequestValidation.class.getClassLoader());
        try (InputStream mapping = RequestValidation.class.getResourceAsStream(MAPPING)) {
            if (mapping == null) {
                throw new IllegalStateException(MAPPING + " is missing beside " + RequestValidation.class.getName());
            }
            return Validation.byDefaultProvider()
                    .configure()
                    .addMapping(mapping)
                    .buildValidatorFactory()
                    .getValidator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }
}
