package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An upgrade over data users made: the database a previous version wrote (a dump made by
 * {@code src/test/upgrade/make-base.sh}, loaded by the {@code upgrade} profile), this version deployed over it, and
 * every answer that version gave read again: records, notes, follow-ups, shares, scores, history, survey answers and
 * scores, schedules and audit entries intact and readable by the same users, and everything found by the same
 * searches. An answer may have gained fields; none may have lost or changed one. Each later schema change adds a base
 * rather than replacing this one.
 */
class UpgradeCheck extends EndToEndTest {

    /** The answers the version of commit f4f9bff gave over the base it wrote ({@code upgrade/f4f9bff.sql}). */
    private static final String BASE = "upgrade/f4f9bff.expected.json";

    @Test
    void everyAnswerOfThePreviousVersionIsGivenAgain() {
        JsonObject base = base();
        List<String> failures = new ArrayList<>();
        for (JsonValue value : base.getJsonArray("reads")) {
            JsonObject read = value.asJsonObject();
            String where = read.getString("user") + " GET " + read.getString("path");
            Api.Response now = Api.as(deployment, read.getString("user")).get(read.getString("path"));
            if (now.status() != 200) {
                failures.add(where + ": " + now);
                continue;
            }
            if (!read.getString("etag").isEmpty() && !read.getString("etag").equals(now.header("ETag"))) {
                failures.add(where + ": ETag " + now.header("ETag") + ", was " + read.getString("etag"));
            }
            contains(read.get("body"), now.json(), where, failures);
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " answers differ:\n" + String.join("\n", failures));
        assertTrue(base.getJsonArray("reads").size() >= 30, "the base records too little to check");
    }

    @Test
    void everySearchFindsWhatItFoundBefore() {
        for (JsonValue value : base().getJsonArray("searches")) {
            JsonObject search = value.asJsonObject();
            List<String> ids = search.getJsonArray("ids").getValuesAs(JsonValue::toString);
            Search.until(
                    Api.as(deployment, search.getString("user")),
                    search.getString("q"),
                    page -> ids.equals(page.getJsonArray("items").stream()
                            .map(h -> h.asJsonObject().get("id").toString())
                            .sorted()
                            .toList()),
                    Duration.ofMinutes(2));
        }
    }

    @Test
    void theSchemaWasMigratedPastTheBase() {
        JsonObject database = Api.healthCheck(deployment, "crm-database");
        assertEquals("UP", database.getString("status"), database::toString);
        String before = base().getString("schemaVersion");
        String now = database.getJsonObject("data").getString("schemaVersion");
        assertTrue(compareVersions(now, before) >= 0, () -> "schema " + now + " after a base at " + before);
    }

    /** Every field of {@code expected} is in {@code actual} with the same value; list items with an id are matched by it. */
    static void contains(JsonValue expected, JsonValue actual, String where, List<String> failures) {
        if (expected.getValueType() == JsonValue.ValueType.OBJECT
                && actual.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject have = actual.asJsonObject();
            expected.asJsonObject().forEach((key, value) -> {
                if (!have.containsKey(key)) {
                    failures.add(where + "." + key + ": missing, was " + value);
                } else {
                    contains(value, have.get(key), where + "." + key, failures);
                }
            });
        } else if (expected.getValueType() == JsonValue.ValueType.ARRAY
                && actual.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray want = expected.asJsonArray();
            JsonArray have = actual.asJsonArray();
            for (int i = 0; i < want.size(); i++) {
                Optional<JsonValue> match = byId(want.get(i), have);
                if (match.isPresent()) {
                    contains(want.get(i), match.get(), where + "[id " + id(want.get(i)) + "]", failures);
                } else if (id(want.get(i)) != null) {
                    failures.add(where + ": no item with id " + id(want.get(i)));
                } else if (want.size() != have.size()) {
                    failures.add(where + ": " + have.size() + " items, were " + want.size());
                    return;
                } else {
                    contains(want.get(i), have.get(i), where + "[" + i + "]", failures);
                }
            }
        } else if (!expected.equals(actual)) {
            failures.add(where + ": " + actual + ", was " + expected);
        }
    }

    private static Optional<JsonValue> byId(JsonValue item, JsonArray in) {
        String id = id(item);
        return id == null
                ? Optional.empty()
                : in.stream().filter(v -> id.equals(id(v))).findFirst();
    }

    private static String id(JsonValue item) {
        return item.getValueType() == JsonValue.ValueType.OBJECT
                        && item.asJsonObject().containsKey("id")
                ? item.asJsonObject().get("id").toString()
                : null;
    }

    /** Flyway versions, such as {@code 9.1} and {@code 10}, compared part by part. */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static JsonObject base() {
        try (InputStream in = UpgradeCheck.class.getClassLoader().getResourceAsStream(BASE);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
