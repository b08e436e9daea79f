package io.crm.crash;

import static io.crm.crash.CrashDomain.get;
import static io.crm.crash.CrashDomain.json;
import static io.crm.crash.CrashDomain.post;
import static io.crm.crash.CrashDomain.postFile;
import static io.crm.crash.CrashDomain.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server half way through a large GBK import (100,000 rows by default, about 2 % bad of every kind);
 * after the restart the killed execution is FAILED, {@code POST /jobs/executions/{id}/restart} resumes it, and it
 * ends with exactly the valid rows present once and every bad row in the error file with its reason.
 */
class CustomerImportCrashCheck {

    private static final int ROWS = Integer.getInteger("crash.import-rows", 100_000);
    private final CrashDomain domain = new CrashDomain();

    @AfterEach
    void stop() throws Exception {
        domain.undeployAndStop();
    }

    @Test
    void aKilledImportResumesAndTakesEveryRowOnce() throws Exception {
        domain.startAndDeploy();
        String word = "crash" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        // phones of this run only: the domain's database keeps the customers of earlier runs, which SKIP would match
        String prefix = "+8613" + String.format("%04d", (int) (Math.random() * 10_000));
        StringBuilder csv = new StringBuilder();
        Set<String> valid = new HashSet<>();
        Set<String> bad = new HashSet<>();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord("姓名", "phones", "emails", "tags", "externalId", "gender", "备注");
            for (int i = 0; i < ROWS; i++) {
                String id = word + "-" + i;
                String phone = prefix + String.format("%05d", i);
                String name = "李" + chineseDigits(i);
                String email = "c" + i + "@" + word + ".example.com";
                String gender = "FEMALE";
                String note = i % 11 == 0 ? "多行\n备注" : "";
                boolean ok = false;
                switch (i % 250) {
                    case 1 -> phone = "123";
                    case 2 -> email = "nope";
                    case 3 -> gender = "ROBOT";
                    case 4 -> name = "";
                    case 5 -> phone = prefix + String.format("%05d", i - 1);
                    default -> ok = true;
                }
                (ok ? valid : bad).add(id);
                printer.printRecord(name, phone, email, word, id, gender, note);
            }
        }
        byte[] file = csv.toString().getBytes(Charset.forName("GBK"));
        HttpResponse<String> started = send(postFile(
                "sales1",
                "imports/customers?policy=SKIP&mapping="
                        + URLEncoder.encode("{\"姓名\": \"name\", \"备注\": null}", StandardCharsets.UTF_8),
                "text/csv",
                file));
        assertEquals(202, started.statusCode(), started::body);
        String importId = json(started).getString("importId");
        long first = json(started).getJsonNumber("executionId").longValue();

        JsonObject halfWay = waitForImport(
                importId,
                s -> s.containsKey("percent")
                        && !s.isNull("percent")
                        && s.getJsonNumber("percent").doubleValue() > 30,
                Duration.ofMinutes(10));
        domain.kill();
        domain.start();
        JsonObject failed =
                waitForExecution(first, e -> !e.getString("status").equals("STARTED"), Duration.ofMinutes(1));
        assertEquals("FAILED", failed.getString("status"), failed::toString);
        HttpResponse<String> restarted = send(post("batch", "jobs/executions/" + first + "/restart", "{}"));
        assertEquals(202, restarted.statusCode(), restarted::body);
        long t0 = System.nanoTime();
        JsonObject done = waitForImport(
                importId,
                s -> List.of("COMPLETED", "FAILED", "STOPPED").contains(s.getString("status")),
                Duration.ofMinutes(30));
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        System.out.printf(
                "customer-import of %d rows killed at %s %%, resumed; %d created, %d failed; the rest took %d s%n",
                ROWS,
                halfWay.get("percent"),
                done.getInt("created"),
                done.getInt("failed"),
                Duration.ofNanos(System.nanoTime() - t0).toSeconds());
        assertEquals(ROWS, done.getInt("rowsRead"), done::toString);
        assertEquals(valid.size(), done.getInt("created"), done::toString);
        assertEquals(bad.size(), done.getInt("failed"), done::toString);
        long listed = json(send(get("sales1", "customers/count?tag=" + word)))
                .getJsonNumber("count")
                .longValue();
        assertEquals(valid.size(), listed, "exactly the valid rows, once each");

        HttpResponse<String> errors = send(get("sales1", "imports/" + importId + "/errors.csv"));
        assertEquals(200, errors.statusCode(), errors::body);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .parse(new StringReader(errors.body().substring(1)))
                .getRecords();
        Set<String> inErrorFile = new HashSet<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            assertTrue(inErrorFile.add(r.get(4)), "once: " + r);
            assertTrue(!r.get(7).isBlank(), "a reason: " + r);
        }
        assertEquals(bad, inErrorFile);
    }

    private static JsonObject waitForImport(String importId, Predicate<JsonObject> condition, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonObject last = null;
        do {
            HttpResponse<String> r = send(get("sales1", "imports/" + importId));
            if (r.statusCode() == 200) {
                last = json(r);
                if (condition.test(last)) {
                    return last;
                }
            }
            Thread.sleep(300);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("import " + importId + " after " + limit + ": " + last);
    }

    /** Polls the execution as batch; answers other than 200 (the server still starting) are polled again. */
    private static JsonObject waitForExecution(long execution, Predicate<JsonObject> condition, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String last = null;
        do {
            HttpResponse<String> r = send(get("batch", "jobs/executions/" + execution));
            last = r.statusCode() + " " + r.body();
            if (r.statusCode() == 200 && condition.test(json(r))) {
                return json(r);
            }
            Thread.sleep(300);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("execution " + execution + " after " + limit + ": " + last);
    }

    private static String chineseDigits(int i) {
        String digits = "零一二三四五六七八九";
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }
}
