package io.crm.crash;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The Payara domain the crash checks start, kill -9 and start again, and the CRM's API on it as one user. */
final class CrashDomain {

    static final String API = "http://localhost:8080/crm/api/v1/";
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Path payara = Path.of(System.getProperty("payara.home", "target/payara6"));

    void startAndDeploy() throws Exception {
        asadmin("start-domain");
        asadmin("deploy", "--force=true", "--name=crm", System.getProperty("crm.ear", "target/crm.ear"));
        waitForApi(Duration.ofMinutes(2));
    }

    void start() throws Exception {
        asadmin("start-domain");
        waitForApi(Duration.ofMinutes(2));
    }

    /** kill -9 of the server process, waiting until it is gone. */
    void kill() throws Exception {
        long pid = Long.parseLong(Files.readString(payara.resolve("glassfish/domains/domain1/config/pid"))
                .trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        if (!server.destroyForcibly()) {
            throw new AssertionError("kill -9 of the server failed");
        }
        server.onExit().get();
    }

    /** Leaves the domain as the end-to-end tests expect it: stopped, without the application. */
    void undeployAndStop() throws Exception {
        asadmin("undeploy", "crm");
        asadmin("stop-domain", "--kill=true");
    }

    private void waitForApi(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(get("sales1", "search?q=ready")).statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the CRM did not answer within " + limit);
    }

    private void asadmin(String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(payara.resolve("bin/asadmin").toString()));
        command.addAll(List.of(args));
        new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    static HttpRequest get(String user, String path) {
        return HttpRequest.newBuilder(URI.create(API + path))
                .header("Authorization", auth(user))
                .timeout(Duration.ofSeconds(20))
                .GET()
                .build();
    }

    static HttpRequest post(String user, String path, String json) {
        return HttpRequest.newBuilder(URI.create(API + path))
                .header("Authorization", auth(user))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    static HttpRequest delete(String user, String path) {
        return HttpRequest.newBuilder(URI.create(API + path))
                .header("Authorization", auth(user))
                .timeout(Duration.ofSeconds(20))
                .DELETE()
                .build();
    }

    /** A POST of a file (a CSV upload), which may take a while to send. */
    static HttpRequest postFile(String user, String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(API + path))
                .header("Authorization", auth(user))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
