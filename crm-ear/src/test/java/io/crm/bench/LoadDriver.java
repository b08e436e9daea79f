package io.crm.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Drives one HTTP scenario with a fixed number of concurrent clients (each sends its next request as soon as the
 * previous one answered), after a warm-up, and reports throughput and latency percentiles of the measured window.
 */
final class LoadDriver {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The raw outcome of one measured window: every latency in nanoseconds, sorted. */
    record Sample(long[] latencies, long errors, double seconds) {
    }

    record Result(String scenario, int clients, long requests, long errors, double seconds, double p50Millis,
                  double p99Millis) {

        /** Several windows of the same scenario, taken as one. */
        static Result of(String scenario, int clients, List<Sample> samples) {
            long[] all = samples.stream().flatMapToLong(s -> Arrays.stream(s.latencies())).sorted().toArray();
            return new Result(scenario, clients, all.length, samples.stream().mapToLong(Sample::errors).sum(),
                    samples.stream().mapToDouble(Sample::seconds).sum(), percentile(all, 0.50), percentile(all, 0.99));
        }

        double throughput() {
            return requests / seconds;
        }

        String line() {
            return String.format("%-44s %7d %9d %12.0f %9.2f %9.2f %7d", scenario, clients, requests, throughput(),
                    p50Millis, p99Millis, errors);
        }

        static String header() {
            return String.format("%-44s %7s %9s %12s %9s %9s %7s", "scenario", "clients", "requests", "requests/s",
                    "p50 ms", "p99 ms", "errors");
        }
    }

    private LoadDriver() {
    }

    static Sample run(int clients, Duration warmup, Duration measured,
                      Function<ThreadLocalRandom, HttpRequest> requests) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> client(requests, measureFrom, end, errors)));
            }
            List<long[]> perClient = new ArrayList<>();
            for (Future<long[]> f : futures) {
                perClient.add(f.get());
            }
            long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Sample(all, errors.get(), measured.toNanos() / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long[] client(Function<ThreadLocalRandom, HttpRequest> requests, long measureFrom, long end,
                                 AtomicLong errors) {
        long[] latencies = new long[1 << 16];
        int n = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            long sent = System.nanoTime();
            if (sent >= end) {
                break;
            }
            try {
                HttpResponse<byte[]> response = CLIENT.send(requests.apply(random), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    if (errors.incrementAndGet() == 1) {
                        System.err.println("First error: HTTP " + response.statusCode() + " " + response.uri() + " "
                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    continue;
                }
            } catch (Exception e) {
                if (errors.incrementAndGet() == 1) {
                    System.err.println("First error: " + e);
                }
                continue;
            }
            long done = System.nanoTime();
            if (sent >= measureFrom && done <= end) {
                if (n == latencies.length) {
                    latencies = Arrays.copyOf(latencies, n * 2);
                }
                latencies[n++] = done - sent;
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    /** The milliseconds at quantile {@code p} of these sorted nanoseconds; NaN for none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
