package io.crm.platform;

import io.crm.webhook.WebhookEventSchemas;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Makes the served OpenAPI document read like a hand-written one: drops the default values the server writes into
 * every schema and parameter (minLength 0, nullable false, …), and adds the problem+json schema every error uses.
 * It lives here, not in the REST module, because the server reads the filter (and
 * META-INF/microprofile-config.properties) through the EAR's class loader, which does not see into the WAR.
 */
public class OpenApiCleanup implements OASFilter {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getExample() instanceof String example
                && (schema.getType() == Schema.SchemaType.OBJECT || schema.getType() == Schema.SchemaType.ARRAY)) {
            // an annotation can only write an example as text: an object's or an array's is its JSON, read back here
            schema.setExample(json(example));
        }
        if (schema.getType() == Schema.SchemaType.STRING
                && schema.getProperties() != null
                && !schema.getProperties().isEmpty()) {
            // Payara merges another class's properties and description into an inline string schema of a text
            // answer (the CSV or NDJSON of an export's file); a string has no properties
            schema.setProperties(null);
            schema.setDescription(null);
        }
        if (schema.getType() == Schema.SchemaType.OBJECT
                && schema.getEnumeration() != null
                && !schema.getEnumeration().isEmpty()
                && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
            // Payara writes an enum field annotated with its values as an object; its values are strings
            schema.setType(Schema.SchemaType.STRING);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        listsOfItemsAreArrays(schema);
        return schema;
    }

    /**
     * A bulk call's {@code items} is a {@code JsonValue} in Java (its items are read one by one), annotated as an array
     * of the item's record; the server writes the record's object schema with the array's bounds instead. Such a
     * property (an object with minItems or maxItems) becomes the array of that object that the API takes.
     */
    private static void listsOfItemsAreArrays(Schema schema) {
        if (schema.getProperties() == null
                || schema.getProperties().values().stream().noneMatch(OpenApiCleanup::objectWithArrayBounds)) {
            return;
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> {
            if (objectWithArrayBounds(property)) {
                Schema array = OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .minItems(property.getMinItems())
                        .maxItems(property.getMaxItems());
                property.setMinItems(null);
                property.setMaxItems(null);
                properties.put(name, array.items(property));
            } else {
                properties.put(name, property);
            }
        });
        schema.setProperties(properties);
    }

    private static boolean objectWithArrayBounds(Schema property) {
        return property != null
                && property.getType() == Schema.SchemaType.OBJECT
                && (property.getMinItems() != null || property.getMaxItems() != null);
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (Boolean.FALSE.equals(parameter.getDeprecated())) {
            parameter.setDeprecated(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowEmptyValue())) {
            parameter.setAllowEmptyValue(null);
        }
        if (Boolean.FALSE.equals(parameter.getAllowReserved())) {
            parameter.setAllowReserved(null);
        }
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (Boolean.FALSE.equals(operation.getDeprecated())) {
            operation.setDeprecated(null);
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Schema violation = OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("The field, as the client named it (phones[1], consents.SMS)"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING));
        Schema problem = OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("Every error (RFC 9457), served as application/problem+json")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description(
                                        "Stable kind: urn:crm:problem:validation, not-found, forbidden, unauthenticated, conflict, "
                                                + "stale-version, precondition-required, payload-too-large, unsupported-media-type, internal"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty(
                        "violations",
                        OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation))
                .addProperty(
                        "existingId",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description(
                                        "409 on a duplicate: the customer that has the phone or email, when you may see it"))
                .addProperty(
                        "correlationId",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description(
                                        "500 only: quote it to the administrator; the server log has the details"));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problem);
        WebhookEventSchemas.all().forEach(openAPI.getComponents()::addSchema);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(path -> path.getOperations().forEach(OpenApiCleanup::errorsAreProblems));
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(path -> path.getOperations().values().forEach(OpenApiCleanup::patchesRequireNothing));
        }
        // relative to the host that serves the document, so that the document is the same on every deployment
        openAPI.setServers(List.of(
                OASFactory.createServer().url("/crm").description("The CRM on the server that serves this document")));
        openAPI.setTags(oneOfEachTag(openAPI.getTags()));
    }

    /** Each resource class names its tag; the application declares each once with its description. */
    private static List<Tag> oneOfEachTag(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : tags) {
            Tag known = byName.get(tag.getName());
            if (known == null || known.getDescription() == null) {
                byName.put(tag.getName(), tag);
            }
        }
        List<Tag> sorted = new ArrayList<>(byName.values());
        sorted.sort(Comparator.comparing(Tag::getName));
        return sorted;
    }

    private static Object json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (RuntimeException notJson) {
            return text;
        }
    }

    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
                yield map;
            }
            case ARRAY ->
                value.asJsonArray().stream().map(OpenApiCleanup::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    /**
     * Every error an operation names is a problem+json body, and so is any other it does not name (the default
     * response): the same schema for every 4xx and 5xx, as the server answers them.
     */
    private static void errorsAreProblems(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean successNamed = responses.getAPIResponses() != null
                && responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        APIResponse unnamed = responses.getDefaultValue();
        if (!successNamed && unnamed != null) {
            // the server writes an operation's answer as "default" when no code was declared: that is its success
            responses.setDefaultValue(null);
            if (method == PathItem.HttpMethod.DELETE) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done"));
            } else {
                responses.addAPIResponse(
                        "200",
                        unnamed.description(
                                "Default Response.".equals(unnamed.getDescription())
                                        ? "OK"
                                        : unnamed.getDescription()));
            }
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
        if (responses.getDefaultValue() == null) {
            responses.setDefaultValue(OASFactory.createAPIResponse()
                    .description(
                            "An error: 400 invalid input, 401 not logged in, 403 a function you lack, 404 not found or not yours "
                                    + "to see, 409 conflict, 412 stale version, 413 too large, 503 busy or timed out, 500 unexpected")
                    .content(problemContent()));
        }
    }

    /**
     * A merge patch sends only the fields it changes: its body is the request's schema without required fields, so
     * that a generated client does not send the fields it leaves out as nulls (which would remove them).
     */
    private static void patchesRequireNothing(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        var media = operation.getRequestBody().getContent().getMediaType(MERGE_PATCH);
        if (media == null
                || media.getSchema() == null
                || media.getSchema().getRef() != null
                || media.getSchema().getRequired() == null
                || media.getSchema().getRequired().isEmpty()) {
            return;
        }
        Schema whole = media.getSchema();
        media.setSchema(OASFactory.createSchema()
                .type(whole.getType())
                .properties(whole.getProperties())
                .description("Only the fields to change; null removes a value (JSON merge patch, RFC 7396)"));
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
