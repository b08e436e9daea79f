package io.crm.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The operations of the CRM API as the OpenAPI document the running server serves lists them. */
final class ServedRoutes {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** One operation: the method and the path template relative to {@code /api/v1/} ({@code customers/{id}}). */
    record Route(String method, String template) {

        @Override
        public String toString() {
            return method + " /" + template;
        }

        boolean reads() {
            return method.equals("GET");
        }
    }

    private ServedRoutes() {}

    /** Every operation of the served document, in the document's order. Asks for JSON; the server's default is YAML. */
    static List<Route> of(URL deployment) {
        String root = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();
        String body = fetch(root + "/openapi", "application/json");
        if (!body.trim().startsWith("{")) {
            body = fetch(root + "/openapi?format=JSON", "application/json");
        }
        if (!body.trim().startsWith("{")) {
            throw new AssertionError("the server serves its OpenAPI document only as YAML; the sweep reads JSON:\n"
                    + body.substring(0, Math.min(300, body.length())));
        }
        try {
            Files.writeString(Path.of("target", "role-sweep-openapi.json"), body);
        } catch (IOException e) {
            // a copy for whoever reads a failed run; the sweep does not need it
        }
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            document = reader.readObject();
        }
        List<Route> routes = new ArrayList<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().keySet().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> routes.add(new Route(method.toUpperCase(Locale.ROOT), relative(path)))));
        return routes;
    }

    /** {@code /api/v1/customers/{id}} → {@code customers/{id}}; a document whose server URL ends in /api/v1 works too. */
    private static String relative(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.startsWith("api/v1/") ? p.substring("api/v1/".length()) : p;
    }

    private static String fetch(String url, String accept) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Accept", accept)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new AssertionError("GET " + url + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
