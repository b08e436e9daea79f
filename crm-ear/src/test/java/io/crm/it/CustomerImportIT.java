package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A sales user moves their customers in from a spreadsheet: a GBK file of a few thousand rows, with bad rows of every
 * kind, becomes exactly its valid rows, once each, owned by them; every bad row is listed with its reason and comes
 * back in the error file as it was written. The policies decide what becomes of rows matching stored customers, a dry
 * run writes nothing, and only the uploader sees an import.
 */
class CustomerImportIT extends EndToEndTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Charset GBK = Charset.forName("GBK");
    private static final List<String> HEADER = List.of("姓名", "手机", "邮箱", "标签", "externalId", "gender", "备注");
    private static final String MAPPING =
            "{\"姓名\": \"name\", \"手机\": \"phones\", \"邮箱\": \"emails\", \"标签\": \"tags\", \"备注\": null}";

    /** What a generated row should become. */
    private record Expected(String outcome, String field, String reasonPart) {}

    @Test
    void aLargeGbkFileBecomesExactlyItsValidRowsOnceAndEveryBadRowComesBackWithItsReason() throws IOException {
        Api sales1 = Api.as(deployment, "sales1");
        Api sales3 = Api.as(deployment, "sales3");
        String word = Deployments.uniqueWord();
        String tag = "imp-" + word;
        String phonePrefix = "+86135" + String.format("%03d", RANDOM.nextInt(1000));

        // stored already: one of sales1's (skipped under SKIP), one sales1 may not see (a 409 that does not name it)
        String ownPhone = Deployments.uniquePhone();
        String own = created(sales1, "{\"name\": \"Zhou Own\", \"phones\": [\"" + ownPhone + "\"]}");
        String hiddenPhone = Deployments.uniquePhone();
        created(sales3, "{\"name\": \"Zhou Hidden\", \"phones\": [\"" + hiddenPhone + "\"]}");

        int rows = 3000;
        List<List<String>> cells = new ArrayList<>();
        Map<String, Expected> expected = new LinkedHashMap<>(); // by externalId
        long[] lineOf = new long[rows]; // the line each row starts on: quoted line breaks take lines of their own
        for (int i = 0; i < rows; i++) {
            String externalId = "imp-" + word + "-" + i;
            String phone = phonePrefix + String.format("%05d", i);
            String name = "王" + chinese(i);
            String email = "r" + i + "." + word + "@example.com";
            String gender = i % 2 == 0 ? "FEMALE" : "MALE";
            String note = i % 7 == 0 ? "第一行\n第二行, \"引号\"" : "";
            Expected outcome = new Expected("CREATED", null, null);
            if (i % 40 == 5) {
                phone = "12345";
                outcome = new Expected("FAILED", "phones[0]", "E.164");
            } else if (i % 40 == 10) {
                email = "not-an-email";
                outcome = new Expected("FAILED", "emails[0]", "valid email");
            } else if (i % 40 == 15) {
                gender = "ALIEN";
                outcome = new Expected("FAILED", "gender", "");
            } else if (i % 40 == 20) {
                name = "";
                outcome = new Expected("FAILED", "name", "required");
            } else if (i % 40 == 25) {
                phone = phonePrefix + String.format("%05d", i - 1); // the row before's phone
                outcome = new Expected("FAILED", "phones", "repeats line " + lineOf[i - 1]);
            } else if (i == 30) {
                phone = ownPhone;
                outcome = new Expected("SKIPPED", null, null);
            } else if (i == 70) {
                phone = hiddenPhone;
                outcome = new Expected("FAILED", "phones", "a customer you cannot see");
            }
            lineOf[i] = i == 0
                    ? 2
                    : lineOf[i - 1]
                            + 1
                            + cells.get(i - 1)
                                    .get(6)
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
            cells.add(List.of(name, phone, email, tag + ";导入", externalId, gender, note));
            expected.put(externalId, outcome);
        }
        byte[] file = csv(HEADER, cells, ',').getBytes(GBK);

        JsonObject done = importAndWait(sales1, "policy=SKIP&mapping=" + Api.q(MAPPING), file);
        long created = expected.values().stream()
                .filter(e -> e.outcome().equals("CREATED"))
                .count();
        long failed = expected.values().stream()
                .filter(e -> e.outcome().equals("FAILED"))
                .count();
        assertEquals("COMPLETED", done.getString("status"), done::toString);
        assertEquals("GB18030", done.getString("charset"));
        assertEquals(",", done.getString("delimiter"));
        assertEquals(rows, done.getInt("totalRows"), done::toString);
        assertEquals(rows, done.getInt("rowsRead"), done::toString);
        assertEquals(created, done.getInt("created"), done::toString);
        assertEquals(1, done.getInt("skipped"), done::toString);
        assertEquals(0, done.getInt("updated"), done::toString);
        assertEquals(failed, done.getInt("failed"), done::toString);
        assertEquals(100.0, done.getJsonNumber("percent").doubleValue());

        // exactly the valid rows, once each, owned by the uploader
        Map<String, JsonObject> listed = listed(sales1, tag);
        Set<String> expectedIds = new HashSet<>();
        expected.forEach((id, e) -> {
            if (e.outcome().equals("CREATED")) {
                expectedIds.add(id);
            }
        });
        assertEquals(expectedIds, listed.keySet());
        JsonObject one = listed.get("imp-" + word + "-1");
        assertEquals("sales1", one.getString("ownerId"));
        assertEquals("王" + chinese(1), one.getString("name"));
        assertEquals(List.of(phonePrefix + "00001"), strings(one, "phones"));
        assertEquals(Set.of(tag, "导入"), Set.copyOf(strings(one, "tags")));
        assertEquals("MALE", one.getString("gender"));
        assertEquals(200, sales1.get("customers/" + own).status(), "the skipped customer is untouched");
        assertEquals(List.of(), strings(sales1.get("customers/" + own).json(), "tags"));

        // the errors, paged, and the error file with each bad row as written plus its reason
        String importId = done.getString("id");
        List<JsonObject> errors = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = sales1.get("imports/" + importId + "/errors?limit=37"
                            + (cursor == null ? "" : "&cursor=" + Api.q(cursor)))
                    .json();
            page.getJsonArray("items").forEach(v -> errors.add(v.asJsonObject()));
            cursor = page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        assertEquals(failed, errors.size());

        Api.Response errorFile = sales1.get("imports/" + importId + "/errors.csv");
        assertEquals(200, errorFile.status(), errorFile::toString);
        assertTrue(errorFile.contentType().startsWith("text/csv"), errorFile.contentType());
        String text = errorFile.raw().body();
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark for spreadsheet programs");
        List<CSVRecord> records =
                CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        List<String> header = new ArrayList<>(HEADER);
        header.add("reason");
        assertEquals(header, records.get(0).toList());
        assertEquals(failed, records.size() - 1);
        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rows; i++) {
            rowOf.put(cells.get(i).get(4), i);
        }
        Map<Long, JsonObject> errorByLine = new HashMap<>();
        errors.forEach(e -> errorByLine.put(e.getJsonNumber("line").longValue(), e));
        for (CSVRecord record : records.subList(1, records.size())) {
            List<String> got = record.toList();
            int i = rowOf.get(got.get(4));
            Expected e = expected.get(got.get(4));
            assertEquals("FAILED", e.outcome(), got::toString);
            assertEquals(cells.get(i), got.subList(0, HEADER.size()), "the row as it was written");
            String reason = got.get(HEADER.size());
            assertTrue(reason.startsWith(e.field() + ": "), reason);
            assertTrue(reason.contains(e.reasonPart()), reason);
            JsonObject listedError = errorByLine.get(lineOf[i]);
            assertNotNull(listedError, "line " + lineOf[i] + " of row " + i);
            assertEquals(e.field(), listedError.getString("field"));
        }
        assertTrue(
                records.stream().anyMatch(r -> r.get(6).contains("\n")), "a quoted line break survives the round trip");

        // only the uploader follows it
        for (String other : List.of("sales2", "admin", "manager")) {
            Api someone = Api.as(deployment, other);
            assertEquals(404, someone.get("imports/" + importId).status(), other);
            assertEquals(404, someone.get("imports/" + importId + "/errors").status(), other);
            assertEquals(404, someone.get("imports/" + importId + "/errors.csv").status(), other);
        }
        for (String refused : List.of("service1", "analyst")) {
            Api someone = Api.as(deployment, refused);
            assertEquals(403, someone.get("imports/" + importId).status(), refused);
            Api.Response upload = someone.postBytes("imports/customers", "text/csv", file);
            assertEquals(403, upload.status(), refused + ": " + upload);
        }
    }

    @Test
    void updateMergesCreateKeepsBothAndADryRunWritesNothing() throws IOException {
        Api sales1 = Api.as(deployment, "sales1");
        Api sales3 = Api.as(deployment, "sales3");
        String word = Deployments.uniqueWord();
        String tag = "imp-" + word;
        String phone = Deployments.uniquePhone();
        String byExternalId = created(
                sales1, "{\"name\": \"Sun Li\", \"externalId\": \"ext-" + word + "-1\", \"city\": \"Nanjing\"}");
        String byPhone = created(sales1, "{\"name\": \"Sun Mei\", \"phones\": [\"" + phone + "\"]}");
        created(sales3, "{\"name\": \"Sun Hidden\", \"externalId\": \"ext-" + word + "-hidden\"}");

        // UPDATE: UTF-8 with a byte order mark, semicolons; an empty cell leaves the field as it is
        String update = "\uFEFF"
                + csv(
                        List.of("name", "phones", "externalId", "city", "tags", "consents.SMS"),
                        List.of(
                                List.of("", "", "ext-" + word + "-1", "上海", tag, ""),
                                List.of("", phone, "", "北京", tag, ""),
                                List.of("Sun Hidden", "", "ext-" + word + "-hidden", "Xi'an", tag, ""),
                                List.of("Sun New", Deployments.uniquePhone(), "ext-" + word + "-2", "", tag, "true")),
                        ';');
        JsonObject updated = importAndWait(sales1, "policy=UPDATE", update.getBytes(StandardCharsets.UTF_8));
        assertEquals(";", updated.getString("delimiter"));
        assertEquals(2, updated.getInt("updated"), updated::toString);
        assertEquals(1, updated.getInt("created"), updated::toString);
        assertEquals(1, updated.getInt("failed"), updated::toString);
        JsonObject first = sales1.get("customers/" + byExternalId).json();
        assertEquals("上海", first.getString("city"));
        assertEquals("Sun Li", first.getString("name"));
        assertEquals("北京", sales1.get("customers/" + byPhone).json().getString("city"));
        String fresh = listed(sales1, tag).get("ext-" + word + "-2").getString("id");
        JsonObject consent = sales1.get("customers/" + fresh + "/consents")
                .json()
                .getJsonArray("history")
                .getJsonObject(0);
        assertEquals("SMS", consent.getString("channel"), consent::toString);
        assertEquals("IMPORT", consent.getString("source"), "a consent given in an import says so");
        JsonObject hidden = sales1.get("imports/" + updated.getString("id") + "/errors")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(4, hidden.getInt("line"));
        assertEquals("externalId", hidden.getString("field"));
        assertTrue(hidden.getString("reason").contains("does not exist"), hidden::toString);

        // blankCells=CLEAR: an empty cell clears the field of the customer a row updates; a new one just lacks it
        Api.Response unknownBlanks = sales1.postBytes(
                "imports/customers?policy=UPDATE&blankCells=SOMETIMES",
                "text/csv",
                "name\nSun Li\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknownBlanks.status(), unknownBlanks::toString);
        assertTrue(unknownBlanks.toString().contains("blankCells"), unknownBlanks::toString);
        String clear = csv(
                List.of("name", "phones", "externalId", "city", "tags", "consents.SMS"),
                List.of(
                        List.of("Sun Li", "", "ext-" + word + "-1", "", "", ""),
                        List.of("Sun New", "", "ext-" + word + "-2", "", tag, ""),
                        List.of("", phone, "", "", tag, ""),
                        List.of("Sun Newer", Deployments.uniquePhone(), "ext-" + word + "-3", "", tag, "")),
                ',');
        JsonObject cleared =
                importAndWait(sales1, "policy=UPDATE&blankCells=CLEAR", clear.getBytes(StandardCharsets.UTF_8));
        assertEquals("CLEAR", cleared.getString("blankCells"));
        assertEquals(2, cleared.getInt("updated"), cleared::toString);
        assertEquals(1, cleared.getInt("created"), cleared::toString);
        assertEquals(1, cleared.getInt("failed"), cleared::toString);
        JsonObject emptied = sales1.get("customers/" + byExternalId).json();
        assertFalse(emptied.containsKey("city") && !emptied.isNull("city"), emptied::toString);
        assertEquals(0, emptied.getJsonArray("tags").size(), emptied::toString);
        assertEquals("Sun Li", emptied.getString("name"));
        JsonObject nameless = sales1.get("imports/" + cleared.getString("id") + "/errors")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(4, nameless.getInt("line"), nameless::toString);
        assertEquals("name", nameless.getString("field"), "clearing a required field is refused: " + nameless);
        JsonObject phoneless = sales1.get("customers/" + fresh).json();
        assertEquals(0, phoneless.getJsonArray("phones").size(), phoneless::toString);
        assertTrue(
                phoneless.getJsonObject("consents").getBoolean("SMS"),
                "an empty consent cell never withdraws a consent: " + phoneless);

        // CREATE: tabs; a phone of a stored customer is created all the same, a taken externalId is not
        String create = csv(
                List.of("name", "phones", "externalId", "tags"),
                List.of(
                        List.of("Sun Twin", phone, "", tag + "-c"),
                        List.of("Sun Again", "", "ext-" + word + "-1", tag + "-c")),
                '\t');
        JsonObject createdBoth = importAndWait(sales1, "policy=CREATE", create.getBytes(StandardCharsets.UTF_8));
        assertEquals("\t", createdBoth.getString("delimiter"));
        assertEquals(1, createdBoth.getInt("created"), createdBoth::toString);
        assertEquals(1, createdBoth.getInt("failed"), createdBoth::toString);
        assertEquals(1, listed(sales1, tag + "-c").size());

        // a dry run counts what it would do and writes nothing
        String dry = csv(
                List.of("name", "phones", "tags"),
                List.of(
                        List.of("Sun Dry", Deployments.uniquePhone(), tag + "-d"),
                        List.of("Sun Mei", phone, tag + "-d"),
                        List.of("Sun Bad", "555", tag + "-d")),
                ',');
        JsonObject dryRun = importAndWait(sales1, "policy=SKIP&dryRun=true", dry.getBytes(StandardCharsets.UTF_8));
        assertTrue(dryRun.getBoolean("dryRun"));
        assertEquals(1, dryRun.getInt("created"), dryRun::toString);
        assertEquals(1, dryRun.getInt("skipped"), dryRun::toString);
        assertEquals(1, dryRun.getInt("failed"), dryRun::toString);
        assertEquals(0, listed(sales1, tag + "-d").size());

        // addresses: the JSON array the API takes in one cell (one object for one address), interests like tags
        String withAddresses = csv(
                List.of("name", "addresses", "interests", "tags"),
                List.of(
                        List.of(
                                "Sun Home",
                                "[{\"kind\": \"HOME\", \"country\": \"CN\", \"city\": \"上海市\", "
                                        + "\"street\": \"世纪大道100号, 2楼; 东门\"}, "
                                        + "{\"kind\": \"WORK\", \"country\": \"CN\", \"city\": \"北京市\"}]",
                                "golf;茶艺",
                                tag + "-a"),
                        List.of(
                                "Sun Work",
                                "{\"kind\": \"WORK\", \"country\": \"gb\", \"city\": \"London\", "
                                        + "\"postalCode\": \"SW1A 2AA\"}",
                                "",
                                tag + "-a"),
                        List.of("Sun Text", "上海市 世纪大道100号", "", tag + "-a"),
                        List.of("Sun Nowhere", "[{\"country\": \"ZZ\", \"city\": \"上海市\"}]", "", tag + "-a")),
                ',');
        JsonObject addressed = importAndWait(sales1, "policy=SKIP", withAddresses.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, addressed.getInt("created"), addressed::toString);
        assertEquals(2, addressed.getInt("failed"), addressed::toString);
        Map<String, JsonObject> byName = new HashMap<>();
        listed(sales1, tag + "-a").values().forEach(c -> byName.put(c.getString("name"), c));
        assertEquals(Set.of("Sun Home", "Sun Work"), byName.keySet());
        JsonObject home = byName.get("Sun Home");
        assertEquals(2, home.getJsonArray("addresses").size());
        assertEquals(
                "世纪大道100号, 2楼; 东门",
                home.getJsonArray("addresses").getJsonObject(0).getString("street"),
                "commas and semicolons stay inside the address");
        assertEquals(List.of("golf", "茶艺"), strings(home, "interests"));
        JsonObject work = byName.get("Sun Work").getJsonArray("addresses").getJsonObject(0);
        assertEquals("GB", work.getString("country"));
        assertEquals("SW1A 2AA", work.getString("postalCode"));
        Map<Integer, String> errorFields = new HashMap<>();
        sales1.get("imports/" + addressed.getString("id") + "/errors")
                .json()
                .getJsonArray("items")
                .forEach(e -> errorFields.put(
                        e.asJsonObject().getInt("line"), e.asJsonObject().getString("field")));
        assertEquals(Map.of(4, "addresses", 5, "addresses[0].country"), errorFields);

        // a column that is no field and not mapped: 400, nothing starts
        Api.Response unknown = sales1.postBytes(
                "imports/customers", "text/csv", "name,Fax\nSun Fax,123\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, unknown.status(), unknown::toString);
        assertTrue(unknown.raw().body().contains("Fax"), unknown::toString);
        Api.Response badPolicy = sales1.postBytes(
                "imports/customers?policy=MERGE", "text/csv", "name\nSun\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, badPolicy.status(), badPolicy::toString);
    }

    private JsonObject importAndWait(Api api, String query, byte[] file) {
        Api.Response started = api.postBytes("imports/customers?" + query, "text/csv", file);
        assertEquals(202, started.status(), started::toString);
        String importId = started.json().getString("importId");
        assertTrue(started.json().containsKey("executionId"));
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonObject status;
        do {
            Search.sleep(200);
            status = api.get("imports/" + importId).json();
        } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(status.getString("status"))
                && System.nanoTime() < deadline);
        assertEquals("COMPLETED", status.getString("status"), status::toString);
        // operators follow it over the job routes like any other execution
        Api.Response execution = Api.as(deployment, "batch")
                .get("jobs/executions/" + started.json().getJsonNumber("executionId"));
        assertEquals(200, execution.status(), execution::toString);
        assertEquals("customer-import", execution.json().getString("jobName"), execution::toString);
        return status;
    }

    private static String created(Api api, String json) {
        Api.Response r = api.post("customers", json);
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    /** The customers the user's list holds with the tag, by externalId (every one listed once). */
    private static Map<String, JsonObject> listed(Api api, String tag) {
        Map<String, JsonObject> byExternalId = new HashMap<>();
        String cursor = null;
        int count = 0;
        do {
            JsonObject page = api.get("customers?limit=200&tag=" + Api.q(tag)
                            + (cursor == null ? "" : "&cursor=" + Api.q(cursor)))
                    .json();
            for (JsonValue v : page.getJsonArray("items")) {
                JsonObject c = v.asJsonObject();
                count++;
                byExternalId.put(
                        c.containsKey("externalId") && !c.isNull("externalId")
                                ? c.getString("externalId")
                                : "id:" + c.getString("id"),
                        c);
            }
            cursor = page.isNull("next") ? null : page.getString("next");
        } while (cursor != null);
        assertEquals(count, byExternalId.size(), "each customer listed once");
        return byExternalId;
    }

    private static List<String> strings(JsonObject o, String name) {
        return o.getJsonArray(name).stream()
                .map(v -> ((JsonString) v).getString())
                .toList();
    }

    private static String csv(List<String> header, List<List<String>> rows, char delimiter) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return out.toString();
    }

    /** Two Chinese characters for a number, so that names are distinct and GBK has them all. */
    private static String chinese(int i) {
        String digits = "零一二三四五六七八九";
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(i).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }
}
