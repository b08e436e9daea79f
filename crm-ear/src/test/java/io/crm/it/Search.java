package io.crm.it;

import static io.crm.it.Api.q;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.function.Predicate;

/** Searching over HTTP, and waiting (a bounded time) for the index to show a change. */
public final class Search {

    private Search() {}

    static JsonObject search(Api api, String query) {
        Api.Response r = api.get("search?q=" + q(query) + "&limit=200");
        if (r.status() != 200) {
            throw new AssertionError("search " + query + ": " + r);
        }
        return r.json();
    }

    /** Polls the search until the condition holds; returns how long it took, or fails after the limit. */
    static Duration until(Api api, String query, Predicate<JsonObject> condition, Duration limit) {
        long start = System.nanoTime();
        JsonObject last;
        do {
            last = search(api, query);
            if (condition.test(last)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            sleep(20);
        } while (System.nanoTime() - start < limit.toNanos());
        throw new AssertionError("after " + limit + ", search " + query + " still answers " + last);
    }

    static Predicate<JsonObject> finds(String id) {
        return page -> page.getJsonArray("items").stream()
                .anyMatch(hit -> hit.asJsonObject().getString("id").equals(id));
    }

    static Predicate<JsonObject> total(long expected) {
        return page -> page.getJsonNumber("total").longValue() == expected;
    }

    /** Sleeps; an interruption ends the test. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
