package io.crm.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Posts one signed delivery with the JDK's HTTP client: connect and read timeouts, redirects not followed (a
 * redirect could lead to an address the allow-list refuses), at most {@link #MAX_RESPONSE_BYTES} of the answer read,
 * the host's addresses checked against {@link WebhookTargets} right before each attempt.
 */
public final class WebhookSender {

    static final int MAX_RESPONSE_BYTES = 8192;

    /** How the host's addresses are found; the system resolver outside tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final HttpClient client;
    private final WebhookTargets targets;
    private final Duration readTimeout;
    private final Resolver resolver;

    /**
     * The client runs on its own threads: on the container's executor its internal tasks would queue behind the
     * sends that wait for them.
     */
    public WebhookSender(WebhookTargets targets, Duration connectTimeout, Duration readTimeout) {
        this(
                HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .version(HttpClient.Version.HTTP_1_1)
                        .build(),
                targets,
                readTimeout,
                InetAddress::getAllByName);
    }

    WebhookSender(HttpClient client, WebhookTargets targets, Duration readTimeout, Resolver resolver) {
        this.client = client;
        this.targets = targets;
        this.readTimeout = readTimeout;
        this.resolver = resolver;
    }

    /** One attempt: signs with a fresh timestamp (with each secret given), posts, and tells how it went. */
    public DeliveryOutcome send(String url, List<String> secrets, String eventId, String body) {
        long start = System.nanoTime();
        URI uri;
        try {
            uri = targets.check(url);
            String refusal = targets.refusal(uri, resolver.resolve(uri.getHost()));
            if (refusal != null) {
                return new DeliveryOutcome(null, 0, refusal);
            }
        } catch (UnknownHostException e) {
            return new DeliveryOutcome(null, millisSince(start), "unknown host " + e.getMessage());
        } catch (RuntimeException e) {
            return new DeliveryOutcome(null, 0, "refused: " + e.getMessage());
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(readTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "crm-webhooks/1")
                .header("webhook-id", eventId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(secrets, eventId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                in.readNBytes(MAX_RESPONSE_BYTES); // what a receiver says is not kept; only so much is read
            }
            return new DeliveryOutcome(response.statusCode(), millisSince(start), null);
        } catch (IOException e) {
            return new DeliveryOutcome(null, millisSince(start), e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome(null, millisSince(start), "interrupted");
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
