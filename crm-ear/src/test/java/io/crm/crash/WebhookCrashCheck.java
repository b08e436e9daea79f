package io.crm.crash;

import static io.crm.crash.CrashDomain.get;
import static io.crm.crash.CrashDomain.json;
import static io.crm.crash.CrashDomain.post;
import static io.crm.crash.CrashDomain.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server during a burst of changes while their webhooks are being delivered: after a restart, without
 * any operator action, every change whose request was answered 201 reaches the receiver at least once, and an event
 * that arrives more than once carries the same webhook-id and the same body each time.
 */
class WebhookCrashCheck {

    /** A delivery being sent when the server died is sent again once its lease ends (2 minutes), then retried. */
    private static final Duration AFTER_RESTART = Duration.ofMinutes(5);

    private final CrashDomain domain = new CrashDomain();
    private HttpServer receiver;
    private ExecutorService handlers;

    private String subscription;

    /** Every request the receiver answered, in arrival order: webhook-id and body. */
    private final List<String[]> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        if (subscription != null) { // the domain's database outlives the check: no subscription is left behind
            try {
                send(CrashDomain.delete("admin", "webhooks/" + subscription));
            } catch (RuntimeException serverDown) {
                // the undeployment below still runs
            }
        }
        if (receiver != null) {
            receiver.stop(0);
            handlers.shutdownNow();
        }
        domain.undeployAndStop();
    }

    @Test
    void everyAcknowledgedChangeIsDeliveredAtLeastOnceUnderItsOwnIdAfterKillMinus9() throws Exception {
        handlers = Executors.newFixedThreadPool(32);
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.setExecutor(handlers);
        receiver.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new String[] {exchange.getRequestHeaders().getFirst("webhook-id"), body});
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();

        domain.startAndDeploy();
        assertEquals(200, send(get("admin", "customers?limit=1")).statusCode(), "admin has signed in once");
        HttpResponse<String> subscribed = send(post(
                "admin",
                "webhooks",
                "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/crash\", \"events\": "
                        + "[\"customer.created\", \"note.added\"], \"actAs\": \"admin\"}"));
        assertEquals(201, subscribed.statusCode(), subscribed::body);
        subscription = json(subscribed).getString("id");

        // writers create customers and add a note to each; what was answered 201 must be delivered
        Set<String> customers = ConcurrentHashMap.newKeySet();
        Set<String> notes = ConcurrentHashMap.newKeySet();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread writer = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        HttpResponse<String> c =
                                send(post("admin", "customers", "{\"name\": \"Crash hook " + word() + "\"}"));
                        if (c.statusCode() != 201) {
                            continue;
                        }
                        String id = json(c).getString("id");
                        customers.add(id);
                        HttpResponse<String> n = send(
                                post("admin", "customers/" + id + "/notes", "{\"text\": \"hook " + word() + "\"}"));
                        if (n.statusCode() == 201) {
                            notes.add(json(n).getString("id"));
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
        int receivedBeforeKill = received.size();
        domain.kill();
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            writer.join(10_000);
        }
        assertTrue(customers.size() > 20, "only " + customers.size() + " customers were created before the kill");
        assertTrue(receivedBeforeKill > 0, "the kill came while events were being delivered");

        long restarted = System.nanoTime();
        domain.start();
        long deadline = System.nanoTime() + AFTER_RESTART.toNanos();
        Set<String> missing;
        do {
            Thread.sleep(500);
            missing = missing(customers, notes);
        } while (!missing.isEmpty() && System.nanoTime() < deadline);
        double seconds = (System.nanoTime() - restarted) / 1e9;

        Map<String, String> bodies = new ConcurrentHashMap<>();
        int duplicates = 0;
        List<String> differing = new ArrayList<>();
        for (String[] r : received) {
            JsonObject event = Json.createReader(new StringReader(r[1])).readObject();
            assertEquals(r[0], event.getString("id"), "the webhook-id is the event's id");
            String before = bodies.putIfAbsent(r[0], r[1]);
            if (before != null) {
                duplicates++;
                if (!before.equals(r[1])) {
                    differing.add(r[0]);
                }
            }
        }
        System.out.printf(
                "kill -9 after %d customers and %d notes were acknowledged (%d requests received before the kill);"
                        + " %d events, %d received twice or more, all delivered %.1f s after the restart began;"
                        + " missing: %s%n",
                customers.size(), notes.size(), receivedBeforeKill, bodies.size(), duplicates, seconds, missing);
        assertEquals(Set.of(), missing, "every acknowledged change delivered");
        assertEquals(List.of(), differing, "a repeated delivery is the same event: same id, same body");
    }

    /** The acknowledged customers and notes whose event (customer.created, note.added) has not arrived. */
    private Set<String> missing(Set<String> customers, Set<String> notes) {
        Set<String> created = ConcurrentHashMap.newKeySet();
        Set<String> added = ConcurrentHashMap.newKeySet();
        for (String[] r : received) {
            JsonObject event = Json.createReader(new StringReader(r[1])).readObject();
            String id = event.getJsonObject("data").getString("id");
            (event.getString("type").equals("customer.created") ? created : added).add(id);
        }
        Set<String> missing = ConcurrentHashMap.newKeySet();
        customers.stream().filter(c -> !created.contains(c)).forEach(c -> missing.add("customer " + c));
        notes.stream().filter(n -> !added.contains(n)).forEach(n -> missing.add("note " + n));
        return missing;
    }

    private static String word() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
