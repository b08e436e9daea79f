package io.crm.bench;

import static io.crm.bench.BatchBench.json;
import static io.crm.bench.BatchBench.median;

import io.crm.it.Deployments;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;

/**
 * The customer-export job on PostgreSQL against a plain {@code COPY … TO STDOUT} of the same rows: the customers of
 * {@link CustomerReadBenchmark}'s load ({@code bench.customers}, 100,000 by default, all tagged {@code newsletter}),
 * exported as CSV by admin (personal data in clear, so every page is also a read entry of the audit trail) from the
 * POST to COMPLETED, and with the download; COPY selects the customer rows with their tags joined, in id order. Rounds
 * alternate. Prints a table and writes it to target/benchmarks/export.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ExportBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final HttpClient CLIENT = HttpClient.newBuilder().build();
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
    private static final String COPY = "COPY (SELECT c.*, (SELECT string_agg(t.tag, ';' ORDER BY t.tag) "
            + "FROM customer_tag t WHERE t.customer_id = c.id) AS tags FROM customer c WHERE EXISTS (SELECT 1 FROM "
            + "customer_tag n WHERE n.customer_id = c.id AND n.tag = 'newsletter') ORDER BY c.id) "
            + "TO STDOUT WITH (FORMAT csv, HEADER)";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void exportAgainstCopy() throws Exception {
        CustomerReadBenchmark.load();
        String api = Deployments.apiBase(deployment);
        export(api, "segment-3", "csv"); // warm-up: a twentieth of the rows, each format
        export(api, "segment-3", "ndjson");
        List<String> lines = new ArrayList<>();
        List<Double> jobRates = new ArrayList<>();
        List<Double> withDownload = new ArrayList<>();
        List<Double> copyRates = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            double[] job = export(api, "newsletter", "csv");
            double[] copy = copy();
            jobRates.add(job[1] / job[0]);
            withDownload.add(job[1] / job[2]);
            copyRates.add(copy[1] / copy[0]);
            lines.add(String.format(
                    "round %d: export %.0f rows in %.2f s (%.2f s with the download, %.1f MB); COPY %.0f rows in %.2f s",
                    round + 1, job[1], job[0], job[2], job[3] / 1e6, copy[1], copy[0]));
        }
        double jobMedian = median(jobRates);
        double copyMedian = median(copyRates);
        StringBuilder report = new StringBuilder("Customer export (CSV, admin) vs COPY … TO STDOUT\n");
        lines.forEach(l -> report.append(l).append('\n'));
        report.append(String.format(
                "rows/s, medians: export job %.0f, with the download %.0f, COPY %.0f; export / COPY = %.2f%n",
                jobMedian, median(withDownload), copyMedian, jobMedian / copyMedian));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "export.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Seconds to COMPLETED, rows, seconds with the download, bytes downloaded. */
    private static double[] export(String api, String tag, String format) throws Exception {
        long started = System.nanoTime();
        JsonObject accepted = json(send(HttpRequest.newBuilder(URI.create(api + "exports/customers"))
                .header("Authorization", AUTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"tag\": \"" + tag + "\", \"format\": \"" + format + "\"}"))));
        String id = accepted.getString("exportId");
        JsonObject status;
        do {
            Thread.sleep(20);
            status = json(send(get(api + "exports/" + id)));
        } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(status.getString("status")));
        if (!status.getString("status").equals("COMPLETED")) {
            throw new AssertionError("export " + id + ": " + status);
        }
        double done = (System.nanoTime() - started) / 1e9;
        HttpResponse<byte[]> file =
                CLIENT.send(get(api + "exports/" + id + "/file").build(), HttpResponse.BodyHandlers.ofByteArray());
        if (file.statusCode() != 200) {
            throw new AssertionError("download of " + id + ": " + file.statusCode());
        }
        double downloaded = (System.nanoTime() - started) / 1e9;
        return new double[] {done, status.getJsonNumber("rowsWritten").doubleValue(), downloaded, file.body().length};
    }

    /** Seconds, rows. */
    private static double[] copy() throws Exception {
        try (Connection c = DriverManager.getConnection(
                System.getProperty("bench.db.url"),
                System.getProperty("bench.db.user"),
                System.getProperty("bench.db.password", ""))) {
            long started = System.nanoTime();
            long rows = c.unwrap(PGConnection.class).getCopyAPI().copyOut(COPY, OutputStream.nullOutputStream());
            return new double[] {(System.nanoTime() - started) / 1e9, rows};
        }
    }

    private static HttpRequest.Builder get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", AUTH)
                .header("Accept", "application/json, text/csv, application/x-ndjson")
                .GET();
    }

    private static String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new AssertionError(request.build().uri() + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
