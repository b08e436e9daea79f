package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sender against a receiver on 127.0.0.1: what it sends, what it reads back, and what it refuses. */
class WebhookSenderTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private HttpServer server;
    private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
    private final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeEach
    void receiver() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/ok", exchange -> {
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, 0); // chunked, endless if read to the end
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 1024; i++) {
                    out.write(chunk);
                }
            } catch (java.io.IOException closedByTheSender) {
                // the sender stops reading after a few kilobytes
            }
        });
        server.createContext("/redirect", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private WebhookSender sender(String allow) {
        return new WebhookSender(WebhookTargets.of(allow), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void postsTheBodyWithStandardWebhooksHeadersThatVerify() {
        DeliveryOutcome outcome =
                sender("127.0.0.1").send(url("/ok"), List.of(SECRET), "evt_1.customer.created", "{\"a\":1}");
        assertTrue(outcome.succeeded(), outcome::toString);
        assertEquals(204, outcome.statusCode());
        Map<String, List<String>> h = headers.get(0);
        assertEquals("evt_1.customer.created", h.get("Webhook-id").get(0));
        long timestamp = Long.parseLong(h.get("Webhook-timestamp").get(0));
        assertTrue(Math.abs(timestamp - System.currentTimeMillis() / 1000) < 60);
        assertEquals(
                WebhookSignature.sign(SECRET, "evt_1.customer.created", timestamp, "{\"a\":1}"),
                h.get("Webhook-signature").get(0));
        assertEquals("application/json", h.get("Content-type").get(0));
        assertEquals("{\"a\":1}", bodies.get(0));
    }

    @Test
    void loopbackIsRefusedUnlessAllowListedAndNothingIsSent() {
        DeliveryOutcome outcome = sender("").send(url("/ok"), List.of(SECRET), "evt_2", "{}");
        assertFalse(outcome.succeeded());
        assertNull(outcome.statusCode());
        assertTrue(outcome.error().startsWith("refused"), outcome.error());
        assertTrue(bodies.isEmpty());
    }

    @Test
    void readsOnlyTheStartOfALongAnswer() {
        long start = System.nanoTime();
        DeliveryOutcome outcome = sender("127.0.0.1").send(url("/huge"), List.of(SECRET), "evt_3", "{}");
        assertEquals(200, outcome.statusCode());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void redirectsAreNotFollowedButCountAsFailures() {
        DeliveryOutcome outcome = sender("127.0.0.1").send(url("/redirect"), List.of(SECRET), "evt_4", "{}");
        assertEquals(307, outcome.statusCode());
        assertFalse(outcome.succeeded());
    }

    @Test
    void aReceiverSlowerThanTheReadTimeoutFails() {
        DeliveryOutcome outcome = sender("127.0.0.1").send(url("/slow"), List.of(SECRET), "evt_5", "{}");
        assertNull(outcome.statusCode());
        assertTrue(outcome.error().contains("Timeout"), outcome.error());
        assertTrue(
                outcome.latencyMillis() >= 900 && outcome.latencyMillis() < 2900, () -> "" + outcome.latencyMillis());
    }
}
