package io.crm.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The served OpenAPI document is what app developers generate their clients from: every operation has its own
 * operationId and a success answer, every error it names (and the default answer) is a Problem, and times are strings.
 */
class OpenApiDocumentIT extends EndToEndTest {

    @Test
    void everyOperationIsNamedAnsweredAndTypedForAGenerator() {
        Api.Response served = Api.raw(deployment.toString().replaceAll("/crm/?$", "") + "/openapi?format=JSON");
        assertEquals(200, served.status(), served::toString);
        JsonObject document = served.json();
        List<String> wrong = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> method : path.getValue().asJsonObject().entrySet()) {
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
        for (Map.Entry<String, JsonValue> schema : document.getJsonObject("components").getJsonObject("schemas").entrySet()) {
            JsonObject properties = schema.getValue().asJsonObject().getJsonObject("properties");
            if (properties == null) {
                continue;
            }
            properties.forEach((property, value) -> {
                if (property.endsWith("At") && !value.toString().contains("date-time") && !value.toString().contains("$ref")) {
                    wrong.add(schema.getKey() + "." + property + ": a time that is not a date-time string: " + value);
                }
            });
        }
        assertTrue(operations > 60, "the document lists " + operations + " operations");
        assertEquals(List.of(), wrong);
        assertEquals("date-time", document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Instant").getString("format"));
    }
}
