package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A user exports the customers of their list as CSV and as NDJSON: the file holds exactly the customers their
 * GET /customers lists for the same filter, each as GET /customers/{id} shows it to them (masked for the analyst),
 * only they may follow and download it, and bad requests start nothing.
 */
class CustomerExportIT extends EndToEndTest {

    @Test
    void eachUsersExportHoldsExactlyTheirListMaskedAsTheySeeIt() throws IOException {
        String tag = "export-" + Deployments.uniqueWord();
        Api sales1 = Api.as(deployment, "sales1");
        Api sales2 = Api.as(deployment, "sales2");
        Api sales3 = Api.as(deployment, "sales3");
        customer(sales1, tag, "张伟" + Deployments.uniqueChineseWord());
        customer(sales1, tag, Deployments.uniqueName("O'Brien-Smith"));
        company(sales1, tag, "Acme, Shanghai (上海) " + Deployments.uniqueWord());
        String sharedToSales1 = customer(sales2, tag, Deployments.uniqueName("Li"));
        assertEquals(
                201,
                sales2.post("customers/" + sharedToSales1 + "/shares", "{\"userId\": \"sales1\", \"access\": \"READ\"}")
                        .status());
        customer(sales2, tag, Deployments.uniqueName("Wang"));
        customer(sales3, tag, Deployments.uniqueName("Zhao"));

        for (String user : List.of("admin", "sales1", "analyst")) {
            Api api = Api.as(deployment, user);
            List<JsonObject> listed = list(api, "tag=" + Api.q(tag));
            assertEquals(user.equals("sales1") ? 4 : 6, listed.size(), user + ": " + listed);
            for (String format : List.of("csv", "ndjson")) {
                String exportId = exportAndWait(api, "{\"tag\": \"" + tag + "\", \"format\": \"" + format + "\"}");
                JsonObject status = api.get("exports/" + exportId).json();
                assertEquals(listed.size(), status.getInt("rowsWritten"), status::toString);
                assertEquals(user, status.getString("requestedBy"));
                assertEquals(format, status.getString("format"));
                assertEquals(tag, status.getJsonObject("criteria").getString("tag"));
                assertNotNull(status.getString("expiresAt"));

                Api.Response file = api.get("exports/" + exportId + "/file");
                assertEquals(200, file.status(), file::toString);
                assertTrue(
                        file.header("Content-Disposition").startsWith("attachment"),
                        file.header("Content-Disposition"));
                if (format.equals("csv")) {
                    assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
                    assertCsvHolds(listed, file.raw().body(), user);
                    assertEquals(
                            !user.equals("analyst"),
                            file.raw().body().contains("淮海路1号, 2楼"),
                            user + ": the street in clear only for those who may read it");
                } else {
                    assertTrue(file.contentType().startsWith("application/x-ndjson"), file.contentType());
                    List<JsonObject> lines = file.raw()
                            .body()
                            .lines()
                            .map(l -> Json.createReader(new StringReader(l)).readObject())
                            .toList();
                    assertEquals(listed, lines, user + " ndjson");
                }
                // the same as a single read shows, field by field, for a few records
                for (JsonObject item : listed.subList(0, 2)) {
                    assertEquals(api.get("customers/" + item.getString("id")).json(), item, user);
                }
                boolean masked = user.equals("analyst");
                assertEquals(
                        masked,
                        listed.stream().allMatch(c -> c.getBoolean("piiMasked")),
                        user + " sees personal data " + (masked ? "masked" : "in clear"));

                // nobody else follows or downloads it, not even an admin
                for (String other : List.of("admin", "sales2", "analyst")) {
                    if (!other.equals(user)) {
                        Api someone = Api.as(deployment, other);
                        assertEquals(
                                404,
                                someone.get("exports/" + exportId + "/file").status(),
                                other);
                        assertEquals(404, someone.get("exports/" + exportId).status(), other);
                    }
                }
                assertEquals(
                        403,
                        Api.as(deployment, "batch").get("exports/" + exportId).status());
            }
        }

        // the list's interest filter chooses an export's customers too (the company has no interests)
        String byInterest = exportAndWait(sales1, "{\"interest\": \"" + tag + "\", \"format\": \"csv\"}");
        JsonObject interestStatus = sales1.get("exports/" + byInterest).json();
        assertEquals(3, interestStatus.getInt("rowsWritten"), interestStatus::toString);
        assertEquals(tag, interestStatus.getJsonObject("criteria").getString("interest"));

        // the export is audited once, and the customers it showed in clear as reads of the requester
        Api admin = Api.as(deployment, "admin");
        String since = java.time.Instant.now().minusSeconds(1).toString();
        String exportId = exportAndWait(admin, "{\"tag\": \"" + tag + "\", \"format\": \"ndjson\"}");
        List<JsonObject> entries = audit(admin, "entityId=" + exportId + "&entityType=customer-export");
        assertEquals(
                1,
                entries.stream()
                        .filter(e -> e.getString("action").equals("EXPORT"))
                        .count(),
                entries::toString);
        JsonObject entry = entries.stream()
                .filter(e -> e.getString("action").equals("EXPORT"))
                .findFirst()
                .orElseThrow();
        assertEquals("admin", entry.getString("actor"));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        boolean readRecorded;
        do {
            readRecorded =
                    audit(admin, "entityType=customer&entityId=" + sharedToSales1 + "&actor=admin&from=" + Api.q(since))
                            .stream()
                            .anyMatch(e -> e.getString("action").equals("READ_PII"));
            Search.sleep(200);
        } while (!readRecorded && System.nanoTime() < deadline);
        assertTrue(readRecorded, "the exported customers are recorded as read in clear by admin");
    }

    @Test
    void aSegmentsExportHoldsTheSegmentsCustomersTheCallerMaySee() throws IOException {
        String tag = "export-seg-" + Deployments.uniqueWord();
        Api sales1 = Api.as(deployment, "sales1");
        customer(sales1, tag, Deployments.uniqueName("Seg"));
        customer(Api.as(deployment, "sales3"), tag, Deployments.uniqueName("Seg"));
        Api analyst = Api.as(deployment, "analyst");
        Api.Response segment = analyst.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Export") + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, segment.status(), segment::toString);
        String segmentId = segment.json().getString("id");
        List<JsonObject> members = new ArrayList<>();
        sales1.get("segments/" + segmentId + "/customers?limit=200")
                .json()
                .getJsonArray("items")
                .forEach(v -> members.add(v.asJsonObject()));
        assertEquals(1, members.size(), members::toString);
        String exportId = exportAndWait(sales1, "{\"segmentId\": \"" + segmentId + "\", \"format\": \"csv\"}");
        Api.Response file = sales1.get("exports/" + exportId + "/file");
        assertEquals(200, file.status(), file::toString);
        assertCsvHolds(members, file.raw().body(), "sales1");
    }

    @Test
    void badRequestsAnswer4xxAndStartNothing() {
        Api admin = Api.as(deployment, "admin");
        int before = executions(admin);
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("{\"format\": \"xlsx\"}", "format");
        bad.put("{\"tag\": \"x\"}", "format");
        bad.put("{\"format\": \"csv\", \"colour\": \"red\"}", "colour");
        bad.put("{\"format\": \"csv\", \"tier\": \"GOLDEN\"}", "tier");
        bad.put("{\"format\": \"csv\", \"segmentId\": \"99999999\"}", "segmentId");
        bad.put("{\"format\": \"csv\", \"segmentId\": \"abc\"}", "segmentId");
        bad.put("{\"format\": \"csv\", \"updatedSince\": \"yesterday\"}", "updatedSince");
        bad.put("{\"format\": 1}", "format");
        bad.forEach((body, field) -> {
            Api.Response r = admin.post("exports/customers", body);
            assertEquals(400, r.status(), body + " -> " + r);
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertTrue(r.raw().body().contains("\"" + field), body + " names " + field + ": " + r);
        });
        assertEquals(400, admin.post("exports/customers", "[1]").status());
        Api.Response forbidden = Api.as(deployment, "batch").post("exports/customers", "{\"format\": \"csv\"}");
        assertEquals(403, forbidden.status(), forbidden::toString);
        assertEquals(404, admin.get("exports/99999999").status());
        assertEquals(404, admin.get("exports/99999999/file").status());
        assertEquals(404, admin.get("exports/x/file").status(), "a path that is not an id is not found");
        assertEquals(before, executions(admin), "no customer-export was started");
    }

    /** The CSV's header names every field of the API's customer, and each row holds the list's customer. */
    private static void assertCsvHolds(List<JsonObject> listed, String csv, String user) throws IOException {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        List<String> header = records.get(0).toList();
        for (JsonObject c : listed) {
            for (String key : c.keySet()) {
                assertTrue(
                        header.contains(key) || header.stream().anyMatch(h -> h.startsWith(key + ".")),
                        "the CSV has a column for " + key + ": " + header);
            }
        }
        List<CSVRecord> rows = records.subList(1, records.size());
        assertEquals(
                listed.stream().map(c -> c.getString("id")).toList(),
                rows.stream().map(r -> r.get(header.indexOf("id"))).toList(),
                user + " csv ids");
        for (int i = 0; i < listed.size(); i++) {
            JsonObject c = listed.get(i);
            CSVRecord row = rows.get(i);
            for (String column : header) {
                JsonValue value = c;
                for (String name : column.split("\\.")) {
                    value = value instanceof JsonObject o ? o.get(name) : null;
                }
                assertEquals(
                        cell(value), row.get(header.indexOf(column)), user + " " + c.getString("id") + " " + column);
            }
        }
    }

    private static String cell(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return "";
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonArray a && a.stream().anyMatch(v -> v instanceof JsonObject)) {
            return a.toString(); // addresses: their JSON, as the import reads them back
        }
        if (value instanceof JsonArray a) {
            return a.stream().map(CustomerExportIT::cell).collect(Collectors.joining(";"));
        }
        return value.toString();
    }

    private String exportAndWait(Api api, String body) {
        Api.Response started = api.post("exports/customers", body);
        assertEquals(202, started.status(), started::toString);
        String exportId = started.json().getString("exportId");
        assertTrue(started.json().containsKey("executionId"), started::toString);
        assertTrue(started.header("Location").endsWith("/exports/" + exportId), started.header("Location"));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonObject status;
        do {
            status = api.get("exports/" + exportId).json();
            if (List.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED").contains(status.getString("status"))) {
                break;
            }
            Search.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals("COMPLETED", status.getString("status"), status::toString);
        Api.Response execution = Api.as(deployment, "batch")
                .get("jobs/executions/" + started.json().getJsonNumber("executionId"));
        assertEquals(200, execution.status(), execution::toString);
        assertEquals("customer-export", execution.json().getString("jobName"), execution::toString);
        return exportId;
    }

    private static List<JsonObject> list(Api api, String query) {
        List<JsonObject> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = api.get(
                            "customers?limit=200&" + query + (cursor == null ? "" : "&cursor=" + Api.q(cursor)))
                    .json();
            page.getJsonArray("items").forEach(v -> all.add(v.asJsonObject()));
            cursor = !page.containsKey("next") || page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        return all;
    }

    private static List<JsonObject> audit(Api admin, String query) {
        Api.Response r = admin.get("audit?limit=200&" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static int executions(Api admin) {
        Api.Response r = admin.get("jobs/executions?jobName=customer-export&limit=200");
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").size();
    }

    private static String company(Api api, String tag, String name) {
        Api.Response created = api.post(
                "customers",
                "{\"type\": \"COMPANY\", \"name\": " + Json.createValue(name) + ", \"tags\": [\"" + tag
                        + "\"], \"phones\": [\"" + Deployments.uniquePhone() + "\"]}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private static String customer(Api api, String tag, String name) {
        Api.Response created = api.post(
                "customers",
                "{\"name\": " + Json.createValue(name) + ", \"tags\": [\"" + tag + "\", \"second\"], "
                        + "\"phones\": [\"" + Deployments.uniquePhone() + "\"], \"emails\": [\""
                        + Deployments.uniqueWord() + "@example.com\"], \"birthday\": \"1990-05-06\", "
                        + "\"interests\": [\"" + tag + "\", \"茶艺\"], \"addresses\": [{\"kind\": \"HOME\", "
                        + "\"country\": \"CN\", \"city\": \"上海市\", \"street\": \"淮海路1号, 2楼\", "
                        + "\"postalCode\": \"200031\"}]}");
        assertEquals(201, created.status(), created::toString);
        assertFalse(created.json().getString("id").isEmpty());
        return created.json().getString("id");
    }
}
