package io.crm.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served API has its own operationId (STYLE.md): a verb and the resource in lowerCamelCase.
 * Without one the server names the operation after the Java method, so list, get, create … repeat across resources,
 * and generated clients collide. The resources are found by walking the compiled classes under io/crm/rest.
 */
class OperationIdsTest {

    private static final String PACKAGE = "io/crm/rest";

    @Test
    void everyOperationHasAUniqueOperationId() throws Exception {
        List<Class<?>> resources = resourceClasses();
        assertTrue(resources.size() >= 10, () -> "too few resource classes found: " + resources);

        List<String> problems = new ArrayList<>();
        Map<String, List<String>> byId = new TreeMap<>();
        int operations = 0;
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (method.isSynthetic() || method.isBridge()) {
                    continue;
                }
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                operations++;
                String where = httpMethod + " " + resource.getSimpleName() + "." + method.getName();
                Operation operation = method.getAnnotation(Operation.class);
                if (operation == null) {
                    problems.add(where + ": no @Operation");
                    continue;
                }
                String id = operation.operationId();
                if (id.isBlank()) {
                    problems.add(where + ": no operationId");
                    continue;
                }
                if (!id.matches("[a-z]+[A-Z][A-Za-z0-9]*")) {
                    problems.add(where + ": operationId " + id + " is not a verb and a resource in lowerCamelCase");
                }
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            }
        }
        byId.forEach((id, wheres) -> {
            if (wheres.size() > 1) {
                problems.add("operationId " + id + " is shared by " + wheres);
            }
        });
        assertTrue(operations > 0, "no operations found");
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s) in " + operations + " operations:\n  " + String.join("\n  ", problems));
        }
    }

    private static String httpMethod(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(h -> h != null)
                .map(HttpMethod::value)
                .findFirst()
                .orElse(null);
    }

    /** The classes with @Path compiled from src/main/java (not the test classes) under io.crm.rest. */
    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path testClasses = java.nio.file.Path.of(OperationIdsTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        ClassLoader loader = OperationIdsTest.class.getClassLoader();
        List<Class<?>> resources = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(PACKAGE))) {
            if (!"file".equals(url.getProtocol())) {
                continue;
            }
            java.nio.file.Path packageDir = java.nio.file.Path.of(url.toURI());
            if (packageDir.startsWith(testClasses)) {
                continue;
            }
            java.nio.file.Path root = packageDir;
            for (int i = 0; i < PACKAGE.split("/").length; i++) {
                root = root.getParent();
            }
            List<String> names;
            java.nio.file.Path base = root;
            try (Stream<java.nio.file.Path> files = Files.walk(packageDir)) {
                names = files.filter(f -> f.toString().endsWith(".class"))
                        .map(f -> base.relativize(f).toString().replace(java.io.File.separatorChar, '.'))
                        .map(n -> n.substring(0, n.length() - ".class".length()))
                        .sorted()
                        .toList();
            }
            for (String name : names) {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
        }
        return resources;
    }
}
