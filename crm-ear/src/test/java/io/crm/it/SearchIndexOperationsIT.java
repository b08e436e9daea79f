package io.crm.it;

import static io.crm.it.Search.finds;
import static io.crm.it.Search.search;
import static io.crm.it.Search.total;
import static io.crm.it.Search.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.it.faults.AnotherInstanceWrites;
import io.crm.it.faults.FailingIndexWrites;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's side of search: rebuilding the index while users search, and records whose indexing fails being
 * retried, reported by health, and replayed; changes that other instances of a cluster commit. The EAR is deployed
 * with a module that makes marked records fail, and a resource that writes a change as another instance would.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexOperationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive earWithIndexFaults() {
        JavaArchive faults =
                ShrinkWrap.create(JavaArchive.class, "index-faults.jar").addClass(FailingIndexWrites.class);
        return Deployments.withEjbModule(Deployments.builtEarWithRestClasses(AnotherInstanceWrites.class), faults);
    }

    @ArquillianResource
    URL deployment;

    @Test
    void theIndexIsRebuiltWhileUsersSearchAndNothingGoesMissing() throws Exception {
        Api sales1 = Api.as(deployment, "sales1");
        Api batch = Api.as(deployment, "batch");
        String word = Deployments.uniqueWord();
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Rebuilt") + "\"}")
                .json()
                .getString("id");
        int records = 120;
        for (int i = 0; i < records; i++) {
            String body = i % 2 == 0
                    ? "{\"text\": \"" + word + " note " + i + "\"}"
                    : "{\"channel\": \"EMAIL\", \"content\": \"" + word + " mail " + i + "\"}";
            assertEquals(
                    201,
                    sales1.post("customers/" + customer + (i % 2 == 0 ? "/notes" : "/follow-ups"), body)
                            .status());
        }
        until(sales1, word, total(records), Duration.ofSeconds(5));

        assertEquals(403, sales1.post("admin/search/reindex", "{}").status());
        AtomicInteger searches = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        Thread searcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long seen = search(sales1, word).getJsonNumber("total").longValue();
                searches.incrementAndGet();
                if (seen < records) {
                    wrong.compareAndSet(null, "a search during the rebuild found " + seen + " of " + records);
                }
            }
        });
        searcher.start();
        Api.Response started = batch.post("admin/search/reindex", "{}");
        assertEquals(202, started.status(), started::toString);
        long execution = started.json().getJsonNumber("executionId").longValue();
        String late = sales1.post(
                        "customers/" + customer + "/notes", "{\"text\": \"" + word + " written during the rebuild\"}")
                .json()
                .getString("id");
        String status = waitForEnd(batch, execution, Duration.ofSeconds(60));
        searcher.interrupt();
        searcher.join(10_000);

        assertEquals("COMPLETED", status);
        assertNull(wrong.get());
        assertTrue(searches.get() > 0);
        until(sales1, word, total(records + 1), Duration.ofSeconds(2));
        until(sales1, word, finds(late), Duration.ofSeconds(2));
    }

    @Test
    void aRecordThatFailsToIndexIsRetriedThenFailedThenReplayed() {
        Api sales1 = Api.as(deployment, "sales1");
        Api batch = Api.as(deployment, "batch");
        // a rebuild reads the database directly and would index the failing records behind the test's back
        long quiet = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (batch.get("admin/search").json().getBoolean("rebuilding") && System.nanoTime() < quiet) {
            Search.sleep(500);
        }
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Faulty") + "\"}")
                .json()
                .getString("id");
        String retried = Deployments.uniqueWord();
        String failed = Deployments.uniqueWord();
        String healthy = Deployments.uniqueWord();

        String first = note(sales1, customer, retried + " simulate-index-failure-2");
        String second = note(sales1, customer, failed + " simulate-index-failure-5");
        String third = note(sales1, customer, healthy);

        until(sales1, healthy, finds(third), Duration.ofSeconds(1));
        assertEquals(0, search(sales1, retried).getInt("total"), "the failing record is not indexed yet");
        until(sales1, retried, finds(first), Duration.ofSeconds(8));

        // five attempts over 1 + 2 + 4 + 8 seconds, then it stays failed and health says so
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!state(batch, second).equals("FAILED") && System.nanoTime() < deadline) {
            Search.sleep(250);
        }
        assertEquals("FAILED", state(batch, second));
        assertTrue(batch.get("admin/search").json().getInt("eventsFailed") >= 1);
        JsonObject check = indexHealth();
        assertEquals("DOWN", check.getString("status"), check::toString);
        assertEquals(0, search(sales1, failed).getInt("total"));

        assertEquals(403, sales1.post("admin/search/failures/replay", "{}").status());
        Api.Response replayed = batch.post("admin/search/failures/replay", "{}");
        assertEquals(200, replayed.status(), replayed::toString);
        assertTrue(replayed.json().getInt("replayed") >= 1);
        until(sales1, failed, finds(second), Duration.ofSeconds(3));
        assertEquals("none", state(batch, second), "an indexed record is no longer listed as failing");
    }

    /**
     * This instance applies its own commits as they announce themselves; a change another instance commits reaches
     * it only through the log, within the timer's second.
     */
    @Test
    void aChangeCommittedByAnotherInstanceIsFoundThroughTheLog() {
        Api sales1 = Api.as(deployment, "sales1");
        String customer = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Clustered") + "\"}")
                .json()
                .getString("id");
        String before = Deployments.uniqueWord();
        String after = Deployments.uniqueWord();
        String id = note(sales1, customer, before + " written here");
        until(sales1, before, finds(id), Duration.ofSeconds(1));

        Api.Response rewritten =
                sales1.post("test/another-instance/notes/" + id + "?text=" + Api.q(after + " written elsewhere"), "");
        assertEquals(204, rewritten.status(), rewritten::toString);
        until(sales1, after, finds(id), Duration.ofSeconds(3));
        assertEquals(0, search(sales1, before).getInt("total"), "the old text is no longer found");
    }

    /** The failure state of a note on this instance: RETRYING, FAILED, or none. */
    private static String state(Api operator, String noteId) {
        return operator.get("admin/search/failures").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(f -> f.getString("entity").equals("NOTE")
                        && Long.toString(f.getJsonNumber("entityId").longValue())
                                .equals(noteId))
                .map(f -> f.getString("state"))
                .findFirst()
                .orElse("none");
    }

    private JsonObject indexHealth() {
        return Api.healthCheck(deployment, "crm-search-index");
    }

    private static String note(Api api, String customer, String text) {
        Api.Response r = api.post("customers/" + customer + "/notes", "{\"text\": \"" + text + "\"}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static String waitForEnd(Api api, long execution, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        String status;
        do {
            Search.sleep(200);
            status = api.get("admin/search/reindex/" + execution).json().getString("status");
        } while (!List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status)
                && System.nanoTime() < deadline);
        return status;
    }
}
