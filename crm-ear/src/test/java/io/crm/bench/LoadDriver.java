package io.crm.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Drives one HTTP scenario with a fixed number of concurrent clients, after a warm-up, and reports throughput and
 * latency percentiles of the measured window, and the CPU time the Payara server's process and the database's
 * processes (PostgreSQL's, where it runs on this machine) used per request meanwhile: on a shared machine a steadier
 * measure of a path's cost than its throughput, which follows whatever else the machine is doing. Closed loop
 * ({@link #run}): each client sends its next request as soon as the previous one answered, which measures the most a
 * path can do. Paced ({@link #runPaced}): the clients share a fixed rate, each
 * sending on its own schedule, and a latency counts from the moment the request was due, so that a client held up
 * by a slow answer counts the wait of the requests after it too.
 */
final class LoadDriver {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * The raw outcome of one measured window: every latency in nanoseconds, sorted, and the CPU seconds the server
     * process and the database processes used in the window (NaN where it is not known).
     */
    record Sample(long[] latencies, long errors, double seconds, double serverCpuSeconds, double databaseCpuSeconds) {

        Sample(long[] latencies, long errors, double seconds) {
            this(latencies, errors, seconds, Double.NaN, Double.NaN);
        }
    }

    record Result(
            String scenario,
            int clients,
            long requests,
            long errors,
            double seconds,
            double p50Millis,
            double p99Millis,
            double serverCpuMillisPerRequest,
            double databaseCpuMillisPerRequest) {

        /** Several windows of the same scenario, taken as one. */
        static Result of(String scenario, int clients, List<Sample> samples) {
            long[] all = samples.stream()
                    .flatMapToLong(s -> Arrays.stream(s.latencies()))
                    .sorted()
                    .toArray();
            double server =
                    samples.stream().mapToDouble(Sample::serverCpuSeconds).sum();
            double database =
                    samples.stream().mapToDouble(Sample::databaseCpuSeconds).sum();
            return new Result(
                    scenario,
                    clients,
                    all.length,
                    samples.stream().mapToLong(Sample::errors).sum(),
                    samples.stream().mapToDouble(Sample::seconds).sum(),
                    percentile(all, 0.50),
                    percentile(all, 0.99),
                    all.length == 0 ? Double.NaN : server * 1000 / all.length,
                    all.length == 0 ? Double.NaN : database * 1000 / all.length);
        }

        double throughput() {
            return requests / seconds;
        }

        String line() {
            return String.format(
                    "%-44s %7d %9d %12.0f %9.2f %9.2f %7d %21s %23s",
                    scenario,
                    clients,
                    requests,
                    throughput(),
                    p50Millis,
                    p99Millis,
                    errors,
                    millis(serverCpuMillisPerRequest),
                    millis(databaseCpuMillisPerRequest));
        }

        static String header() {
            return String.format(
                    "%-44s %7s %9s %12s %9s %9s %7s %21s %23s",
                    "scenario",
                    "clients",
                    "requests",
                    "requests/s",
                    "p50 ms",
                    "p99 ms",
                    "errors",
                    "server CPU ms/request",
                    "database CPU ms/request");
        }

        private static String millis(double value) {
            return Double.isNaN(value) ? "-" : String.format("%.2f", value);
        }
    }

    private LoadDriver() {}

    static Sample run(
            int clients, Duration warmup, Duration measured, Function<ThreadLocalRandom, HttpRequest> requests)
            throws Exception {
        return runPaced(clients, 0, warmup, measured, requests);
    }

    /** {@code perSecond} requests a second in all from these clients, evenly spaced; 0 for a closed loop. */
    static Sample runPaced(
            int clients,
            double perSecond,
            Duration warmup,
            Duration measured,
            Function<ThreadLocalRandom, HttpRequest> requests)
            throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measured.toNanos();
        long interval = perSecond == 0 ? 0 : (long) (clients * 1e9 / perSecond);
        AtomicLong errors = new AtomicLong();
        Optional<ProcessHandle> server = server();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                long first = start + interval * i / clients;
                futures.add(pool.submit(() -> client(requests, first, interval, measureFrom, end, errors)));
            }
            sleepUntil(measureFrom);
            double cpuFrom = cpuSeconds(server);
            Map<Long, Double> databaseFrom = databaseCpuSeconds();
            sleepUntil(end);
            double cpuTo = cpuSeconds(server);
            Map<Long, Double> databaseTo = databaseCpuSeconds();
            List<long[]> perClient = new ArrayList<>();
            for (Future<long[]> f : futures) {
                perClient.add(f.get());
            }
            long[] all =
                    perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            double database = databaseTo.isEmpty()
                    ? Double.NaN
                    : databaseTo.entrySet().stream()
                            .mapToDouble(p -> p.getValue() - databaseFrom.getOrDefault(p.getKey(), 0.0))
                            .sum();
            return new Sample(all, errors.get(), measured.toNanos() / 1e9, cpuTo - cpuFrom, database);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The Payara server on this machine (its launcher's main class), if there is one. */
    private static Optional<ProcessHandle> server() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("glassfish.bootstrap.ASMain"))
                        .orElse(false))
                .findFirst();
    }

    /**
     * The CPU seconds each PostgreSQL process on this machine has used so far, by process id: the server and a
     * backend per connection. A process that ends within a window takes its time with it, which leaves a window's
     * figure short by no more than that of a vacuum worker.
     */
    private static Map<Long, Double> databaseCpuSeconds() {
        Map<Long, Double> seconds = new HashMap<>();
        ProcessHandle.allProcesses()
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)
                                || p.info()
                                        .commandLine()
                                        .map(c -> c.startsWith("postgres"))
                                        .orElse(false))
                .forEach(p -> p.info().totalCpuDuration().ifPresent(d -> seconds.put(p.pid(), d.toNanos() / 1e9)));
        return seconds;
    }

    private static double cpuSeconds(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().totalCpuDuration())
                .map(d -> d.toNanos() / 1e9)
                .orElse(Double.NaN);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long millis = (nanoTime - System.nanoTime()) / 1_000_000;
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    /** One client's latencies: closed loop for an interval of 0, else a request due every interval from first. */
    private static long[] client(
            Function<ThreadLocalRandom, HttpRequest> requests,
            long first,
            long interval,
            long measureFrom,
            long end,
            AtomicLong errors) {
        long[] latencies = new long[1 << 16];
        int n = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (long k = 0; ; k++) {
            long sent = interval == 0 ? System.nanoTime() : first + k * interval;
            if (sent >= end) {
                break;
            }
            long wait = sent - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            try {
                HttpResponse<byte[]> response =
                        CLIENT.send(requests.apply(random), HttpResponse.BodyHandlers.ofByteArray());
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
