package io.crm.rest.problem;

import io.crm.common.Violation;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail: a stable {@code type} per kind of error, a title, the status, a detail for a
 * person, and for validation errors the list of violations.
 */
public final class Problem {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:crm:problem:";

    private Problem() {}

    public static Response response(int status, String kind, String title, String detail) {
        return response(status, kind, title, detail, List.of(), Map.of());
    }

    public static Response response(
            int status,
            String kind,
            String title,
            String detail,
            List<Violation> violations,
            Map<String, Object> extensions) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", TYPE_PREFIX + kind)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            violations.forEach(v ->
                    list.add(JSON.createObjectBuilder().add("field", v.field()).add("message", v.message())));
            body.add("violations", list);
        }
        extensions.forEach((key, value) -> body.add(key, String.valueOf(value)));
        return Response.status(status).type(MEDIA_TYPE).entity(body.build()).build();
    }
}
