package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is what app developers generate their clients from: every operation has its own
 * operationId and a success answer, every error it names (and the default answer) is a Problem, and times are strings.
 */
class OpenApiDocumentIT extends EndToEndTest {

    /** The document in the repository, which the build lints and generates the Java client from. */
    private static final Path COMMITTED =
            Path.of(System.getProperty("crm.openapi", "../crm-rest/src/main/openapi/crm-openapi.json"));
    /** Where the served document is written when it differs, to be copied over the committed one. */
    private static final Path SERVED = Path.of(System.getProperty("crm.openapi.served", "target/crm-openapi.json"));

    @Test
    void servedDocumentIsTheCommittedOne() throws IOException {
        JsonObject served = served();
        JsonObject committed;
        try (Reader file = Files.newBufferedReader(COMMITTED, StandardCharsets.UTF_8);
                JsonReader reader = Json.createReader(file)) {
            committed = reader.readObject();
        }
        List<String> differences = new ArrayList<>();
        compare("", committed, served, differences);
        if (!differences.isEmpty()) {
            Files.createDirectories(SERVED.toAbsolutePath().getParent());
            try (Writer file = Files.newBufferedWriter(SERVED, StandardCharsets.UTF_8);
                    JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                            .createWriter(file)) {
                writer.writeObject(served);
            }
            fail("The served OpenAPI document differs from " + COMMITTED + " at " + differences.size()
                    + " place(s), such as "
                    + differences.subList(0, Math.min(20, differences.size()))
                    + ". If the change of the API is intended, refresh "
                    + "the committed document (clients are generated from it) and commit it with the change: cp "
                    + SERVED.toAbsolutePath() + " " + COMMITTED.toAbsolutePath().normalize());
        }
    }

    /**
     * A generator makes a model class of every request body and answer: one without a schema, or with a bare
     * {@code type: object}, becomes an untyped map in every client.
     */
    @Test
    void everyRequestBodyAndSuccessAnswerHasATypedSchema() {
        JsonObject document = served();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<String> untyped = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method :
                    path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = method.getValue().asJsonObject();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonObject body = operation.getJsonObject("requestBody");
                if (body != null) {
                    JsonObject content = body.getJsonObject("content");
                    if (content == null || content.isEmpty()) {
                        untyped.add(name + ": a request body without a schema");
                    } else {
                        content.forEach((type, media) ->
                                typed(name + " request " + type, media.asJsonObject(), schemas, untyped));
                    }
                }
                operation.getJsonObject("responses").forEach((code, response) -> {
                    JsonObject content = response.asJsonObject().getJsonObject("content");
                    if (!code.startsWith("2") || code.equals("204")) {
                        return;
                    }
                    if (content == null || content.isEmpty()) {
                        untyped.add(name + " " + code + ": a success answer without a schema");
                    } else {
                        content.forEach((type, media) ->
                                typed(name + " " + code + " " + type, media.asJsonObject(), schemas, untyped));
                    }
                });
            }
        }
        assertEquals(List.of(), untyped);
    }

    private static void typed(String where, JsonObject media, JsonObject schemas, List<String> untyped) {
        JsonObject schema = media.getJsonObject("schema");
        if (schema == null) {
            untyped.add(where + ": no schema");
            return;
        }
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            if (schema == null) {
                untyped.add(where + ": " + ref + " is not in the document");
                return;
            }
        }
        boolean bareObject = !schema.containsKey("type") || "object".equals(schema.getString("type"));
        if (bareObject
                && !schema.containsKey("properties")
                && !schema.containsKey("allOf")
                && !schema.containsKey("oneOf")) {
            untyped.add(where + ": an object without properties");
        }
    }

    /** JSON pointers where the two documents differ (objects by key, whatever their order; arrays by position). */
    private static void compare(String at, JsonValue committed, JsonValue served, List<String> differences) {
        if (committed.getValueType() == JsonValue.ValueType.OBJECT
                && served.getValueType() == JsonValue.ValueType.OBJECT) {
            Set<String> keys = new java.util.TreeSet<>(committed.asJsonObject().keySet());
            keys.addAll(served.asJsonObject().keySet());
            for (String key : keys) {
                String pointer = at + "/" + key.replace("~", "~0").replace("/", "~1");
                JsonValue left = committed.asJsonObject().get(key);
                JsonValue right = served.asJsonObject().get(key);
                if (left == null || right == null) {
                    differences.add(pointer + (left == null ? " (only served)" : " (only committed)"));
                } else {
                    compare(pointer, left, right, differences);
                }
            }
        } else if (!committed.equals(served)) {
            differences.add(at);
        }
    }

    /**
     * The served document, without the top-level "endpoints" map Payara 6.2025 adds (not OpenAPI; Payara names it
     * x-endpoints from FISH-12303 on): the committed document is the rest, as generators and linters need it.
     */
    private JsonObject served() {
        Api.Response served = Api.raw(deployment.toString().replaceAll("/crm/?$", "") + "/openapi?format=JSON");
        assertEquals(200, served.status(), served::toString);
        return Json.createObjectBuilder(served.json()).remove("endpoints").build();
    }

    @Test
    void everyOperationIsNamedAnsweredAndTypedForAGenerator() {
        JsonObject document = served();
        List<String> wrong = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method :
                    path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = method.getValue().asJsonObject();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                if (!operation.containsKey("operationId") || !operationIds.add(operation.getString("operationId"))) {
                    wrong.add(name + ": no operationId of its own");
                }
                JsonObject responses = operation.getJsonObject("responses");
                if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                    wrong.add(name + ": no success answer");
                }
                responses.forEach((code, response) -> {
                    if ((code.startsWith("4") || code.startsWith("5") || code.equals("default"))
                            && !response.toString().contains("#/components/schemas/Problem")) {
                        wrong.add(name + " " + code + ": not a Problem");
                    }
                });
            }
        }
        for (Map.Entry<String, JsonValue> schema :
                document.getJsonObject("components").getJsonObject("schemas").entrySet()) {
            JsonObject properties = schema.getValue().asJsonObject().getJsonObject("properties");
            if (properties == null) {
                continue;
            }
            properties.forEach((property, value) -> {
                if (property.endsWith("At")
                        && !value.toString().contains("date-time")
                        && !value.toString().contains("$ref")) {
                    wrong.add(schema.getKey() + "." + property + ": a time that is not a date-time string: " + value);
                }
            });
        }
        assertTrue(operations > 60, "the document lists " + operations + " operations");
        assertEquals(List.of(), wrong);
        assertEquals(
                "date-time",
                document.getJsonObject("components")
                        .getJsonObject("schemas")
                        .getJsonObject("Instant")
                        .getString("format"));
    }
}
