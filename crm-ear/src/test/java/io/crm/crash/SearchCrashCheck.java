package io.crm.crash;

import static io.crm.crash.CrashDomain.get;
import static io.crm.crash.CrashDomain.json;
import static io.crm.crash.CrashDomain.post;
import static io.crm.crash.CrashDomain.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server while users write notes: after a restart, every note whose creation was answered 201
 * is found by search, without any operator action, because the index replays the outbox from its last commit.
 */
class SearchCrashCheck {

    private final CrashDomain domain = new CrashDomain();

    @AfterEach
    void stop() throws Exception {
        domain.undeployAndStop();
    }

    @Test
    void everyAcknowledgedNoteIsSearchableAfterKillMinus9() throws Exception {
        domain.startAndDeploy();
        String customer = json(send(post("sales1", "customers", "{\"name\": \"Crash " + word() + "\"}")))
                .getString("id");

        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<Thread> writers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread writer = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String word = word();
                    try {
                        HttpResponse<String> r = send(post(
                                "sales1", "customers/" + customer + "/notes", "{\"text\": \"crash " + word + "\"}"));
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
        domain.kill();
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            writer.join(10_000);
        }
        int count = acknowledged.size();
        assertTrue(count > 20, "only " + count + " notes were written before the kill");

        long restarted = System.nanoTime();
        domain.start();
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
        System.out.printf(
                "kill -9 after %d acknowledged notes; all searchable %.1f s after the restart began; missing: %s%n",
                count, seconds, missing);
        assertEquals(List.of(), missing);
        long indexed = countSearchHits(customer);
        long stored = countNotes(customer);
        assertEquals(stored, indexed, "the index holds exactly the notes the database holds");
        assertTrue(stored >= count, "a note committed while its answer was lost to the kill is kept too");
    }

    private static long countNotes(String customer) {
        long total = 0;
        String cursor = null;
        do {
            JsonObject page = json(send(get(
                    "sales1",
                    "customers/" + customer + "/notes?limit=200" + (cursor == null ? "" : "&cursor=" + cursor))));
            total += page.getJsonArray("items").size();
            cursor = page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        return total;
    }

    /** Every hit, page by page: a search's total stops counting at 1,000 (totalExact false), and a run may write more. */
    private static long countSearchHits(String customer) {
        long total = 0;
        String cursor = null;
        do {
            JsonObject page = json(send(get(
                    "sales1",
                    "search?q=crash&limit=200&customerId=" + customer + (cursor == null ? "" : "&cursor=" + cursor))));
            total += page.getJsonArray("items").size();
            cursor = page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        return total;
    }

    private boolean found(String word, String id) {
        try {
            return json(send(get("sales1", "search?q=" + word))).getJsonArray("items").stream()
                    .anyMatch(hit -> hit.asJsonObject().getString("id").equals(id));
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static String word() {
        StringBuilder sb = new StringBuilder("kx");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }
}
