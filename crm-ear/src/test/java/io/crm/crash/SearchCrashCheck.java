package io.crm.crash;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 of the server while users write notes: after a restart, every note whose creation was answered 201
 * is found by search, without any operator action, because the index replays the outbox from its last commit.
 */
class SearchCrashCheck {

    private static final String API = "http://localhost:8080/crm/api/v1/";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Path payara = Path.of(System.getProperty("payara.home", "target/payara6"));

    /** Leaves the domain as it found it: stopped, without the application, for the end-to-end tests. */
    @AfterEach
    void stop() throws Exception {
        asadmin("undeploy", "crm");
        asadmin("stop-domain", "--kill=true");
    }

    @Test
    void everyAcknowledgedNoteIsSearchableAfterKillMinus9() throws Exception {
        asadmin("start-domain");
        asadmin("deploy", "--force=true", "--name=crm", System.getProperty("crm.ear", "target/crm.ear"));
        waitForApi(Duration.ofMinutes(2));
        String customer = json(send(post("customers", "{\"name\": \"Crash " + word() + "\"}"))).getString("id");

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread writer = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String word = word();
                    try {
                        HttpResponse<String> r = send(post("customers/" + customer + "/notes", "{\"text\": \"crash " + word + "\"}"));
                        if (r.statusCode() == 201) {
                            acknowledged.put(word, json(r).getString("id"));
                        }
                    } catch (RuntimeException serverGone) {
                        return;
                    }
                }
            });
            writer.start();
            writers.add(writer);
        }
        Thread.sleep(Long.getLong("crash.after.millis", 8_000));
        long pid = Long.parseLong(Files.readString(payara.resolve("glassfish/domains/domain1/config/pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.destroyForcibly(), "kill -9 of the server");
        server.onExit().get();
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            writer.join(10_000);
        }
        int count = acknowledged.size();
        assertTrue(count > 20, "only " + count + " notes were written before the kill");

        long restarted = System.nanoTime();
        asadmin("start-domain");
        waitForApi(Duration.ofMinutes(2));
        List<String> missing = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (Map.Entry<String, String> note : acknowledged.entrySet()) {
            while (!found(note.getKey(), note.getValue())) {
                if (System.nanoTime() > deadline) {
                    missing.add(note.getKey());
                    break;
                }
                Thread.sleep(50);
            }
        }
        double seconds = (System.nanoTime() - restarted) / 1e9;
        System.out.printf("kill -9 after %d acknowledged notes; all searchable %.1f s after the restart began; missing: %s%n",
                count, seconds, missing);
        assertEquals(List.of(), missing);
        long indexed = json(send(get("search?q=crash&limit=1&customerId=" + customer))).getJsonNumber("total").longValue();
        long stored = countNotes(customer);
        assertEquals(stored, indexed, "the index holds exactly the notes the database holds");
        assertTrue(stored >= count, "a note committed while its answer was lost to the kill is kept too");
    }

    private static long countNotes(String customer) {
        long total = 0;
        String cursor = null;
        do {
            JsonObject page = json(send(get("customers/" + customer + "/notes?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))));
            total += page.getJsonArray("items").size();
            cursor = page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        return total;
    }

    private boolean found(String word, String id) {
        try {
            return json(send(get("search?q=" + word))).getJsonArray("items").stream()
                    .anyMatch(hit -> hit.asJsonObject().getString("id").equals(id));
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private void waitForApi(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send(get("search?q=ready")).statusCode() == 200) {
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
        List<String> command = new ArrayList<>(List.of(payara.resolve("bin/asadmin").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).inheritIO().start();
        p.waitFor();
    }

    private static String word() {
        StringBuilder sb = new StringBuilder("kx");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", auth()).timeout(Duration.ofSeconds(20)).GET().build();
    }

    private static HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(API + path)).header("Authorization", auth()).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String auth() {
        return "Basic " + Base64.getEncoder().encodeToString("sales1:demo".getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
