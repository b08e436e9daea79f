package io.crm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the CRM API, acting as one user. */
final class Api {

    static final String JSON = "application/json";
    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The API of the deployed EAR ({@code …/crm/api/v1/}) as the given demo user. */
    static Api as(URL deployment, String user) {
        return new Api(
                URI.create(Deployments.apiBase(deployment)),
                user == null
                        ? null
                        : "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    /** A GET of any URL of the server, without logging in (health, OpenAPI). */
    static Response raw(String url) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET());
    }

    /**
     * One readiness check with its figures, by name, as an operator reads it ({@code GET /admin/health}); the server's
     * {@code /health}, read without a login, has the check too, with no figures.
     */
    static JsonObject healthCheck(URL deployment, String name) {
        JsonObject open = check(raw(deployment.toString().replaceAll("/crm/?$", "") + "/health"), name);
        if (open.containsKey("data") && !open.getJsonObject("data").isEmpty()) {
            throw new AssertionError("/health shows figures without a login: " + open);
        }
        return check(as(deployment, "batch").get("admin/health"), name);
    }

    private static JsonObject check(Response health, String name) {
        return health.json().getJsonArray("checks").stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
    }

    Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET that carries a request id of the client's own, as a gateway in front of the CRM would send it. */
    Response getWithRequestId(String path, String requestId) {
        return send(request(path).header("X-Request-Id", requestId).GET());
    }

    Response post(String path, String json) {
        return send(request(path).header("Content-Type", JSON).POST(body(json)));
    }

    Response postBytes(String path, String contentType, byte[] body) {
        return send(
                request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Response patch(String path, String ifMatch, String json) {
        HttpRequest.Builder b =
                request(path).header("Content-Type", MERGE_PATCH).method("PATCH", body(json));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    Response delete(String path, String ifMatch) {
        HttpRequest.Builder b = request(path).DELETE();
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    Response send(String method, String path, String contentType, String json) {
        return send(request(path).header("Content-Type", contentType).method(method, body(json)));
    }

    /** Any method, with a body (or none) and an If-Match (or none): the form a sweep over every route needs. */
    Response call(String method, String path, String contentType, String body, String ifMatch) {
        HttpRequest.Builder b =
                request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body(body));
        if (body != null) {
            b.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r =
                    CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body parsed when it is JSON. */
    record Response(HttpResponse<String> raw) {

        int status() {
            return raw.statusCode();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(raw.body()))) {
                JsonStructure s = reader.read();
                return s.asJsonObject();
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
