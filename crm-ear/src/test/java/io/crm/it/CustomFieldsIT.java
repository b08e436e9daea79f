package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * An admin adds fields to the customer at run time, one of each type; sales write values that are validated like the
 * built-in fields, filter and count on them (only over their own customers), build a segment on them and export
 * them; service sees the personal one masked; only an admin defines fields; a definition the
 * stored values would not survive is refused with their number.
 */
class CustomFieldsIT extends EndToEndTest {

    private final String run = Deployments.uniqueWord().toLowerCase(Locale.ROOT);
    private final String text = "t_" + run;
    private final String size = "n_" + run;
    private final String credit = "d_" + run;
    private final String vip = "b_" + run;
    private final String joined = "j_" + run;
    private final String colour = "e_" + run;
    private final String hobbies = "m_" + run;
    private final String idCard = "p_" + run;
    private final String memberNo = "u_" + run;
    private final String tag = "cf-" + run;

    @Test
    void fieldsOfEveryTypeAreValidatedFilteredCountedSegmentedExportedAndMasked() throws IOException {
        Api admin = Api.as(deployment, "admin");
        Api sales1 = Api.as(deployment, "sales1");
        Api sales2 = Api.as(deployment, "sales2");
        Api service1 = Api.as(deployment, "service1");

        // only customfield:manage defines; customer:read reads
        String def = "{\"label\": \"Nickname\", \"type\": \"string\"}";
        for (String user : List.of("sales1", "manager", "service1", "analyst", "batch")) {
            assertEquals(
                    403,
                    Api.as(deployment, user)
                            .call("PUT", "admin/custom-fields/" + text, Api.JSON, def, null)
                            .status(),
                    user);
        }
        put(admin, text, def, 201);
        put(admin, size, "{\"label\": \"Shoe size\", \"type\": \"number\"}", 201);
        put(admin, credit, "{\"label\": \"Credit\", \"type\": \"decimal\"}", 201);
        put(admin, vip, "{\"label\": \"VIP\", \"type\": \"boolean\"}", 201);
        put(admin, joined, "{\"label\": \"Joined\", \"type\": \"date\"}", 201);
        put(
                admin,
                colour,
                "{\"label\": \"Colour\", \"type\": \"enum\", \"values\": [\"red\", \"green\", \"blue\"]}",
                201);
        put(
                admin,
                hobbies,
                "{\"label\": \"Hobbies\", \"type\": \"multi-enum\", \"values\": [\"golf\", \"tea\", \"chess\"]}",
                201);
        put(admin, idCard, "{\"label\": \"ID card\", \"type\": \"string\", \"personal\": true, \"unique\": true}", 201);
        put(admin, memberNo, "{\"label\": \"Member no\", \"type\": \"string\", \"unique\": true}", 201);
        Api.Response replaced = put(admin, text, "{\"label\": \"Nick name\", \"type\": \"string\"}", 200);
        assertEquals("Nick name", replaced.json().getString("label"));
        assertEquals(
                400,
                admin.call("PUT", "admin/custom-fields/Bad-Key", Api.JSON, def, null)
                        .status());
        assertEquals(
                400,
                admin.call(
                                "PUT",
                                "admin/custom-fields/x_" + run,
                                Api.JSON,
                                "{\"label\": \"X\", \"type\": \"enum\"}",
                                null)
                        .status());

        Api.Response listed = service1.get("admin/custom-fields");
        assertEquals(200, listed.status(), listed::toString);
        Set<String> keys = listed.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("key"))
                .collect(Collectors.toSet());
        assertTrue(
                keys.containsAll(List.of(text, size, credit, vip, joined, colour, hobbies, idCard, memberNo)),
                keys::toString);
        JsonObject one = service1.get("admin/custom-fields/" + colour).json();
        assertEquals(
                List.of("red", "green", "blue"),
                one.getJsonArray("values").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(403, Api.as(deployment, "batch").get("admin/custom-fields").status());
        assertEquals(404, admin.get("admin/custom-fields/none_" + run).status());

        // values written and read back typed
        String a = create(
                sales1,
                "{" + q(text) + ": \"小张\", " + q(size) + ": 42, " + q(credit) + ": \"99.50\", "
                        + q(vip) + ": true, " + q(joined) + ": \"2024-02-29\", " + q(colour) + ": \"red\", "
                        + q(hobbies)
                        + ": [\"tea\", \"golf\"], " + q(idCard) + ": \"110101199003077777\", " + q(memberNo) + ": \"M-"
                        + run + "\"}");
        String b =
                create(sales1, "{" + q(size) + ": 38, " + q(colour) + ": \"blue\", " + q(joined) + ": \"2025-06-01\"}");
        String c = create(sales2, "{" + q(size) + ": 44, " + q(colour) + ": \"red\", " + q(hobbies) + ": [\"chess\"]}");
        JsonObject ca = sales1.get("customers/" + a).json().getJsonObject("custom");
        assertEquals("小张", ca.getString(text));
        assertEquals(42, ca.getInt(size));
        assertEquals("99.5", ca.getJsonNumber(credit).bigDecimalValue().toPlainString());
        assertEquals(JsonValue.TRUE, ca.get(vip));
        assertEquals("2024-02-29", ca.getString(joined));
        assertEquals(List.of("golf", "tea"), ca.getJsonArray(hobbies).getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("110101199003077777", ca.getString(idCard));

        // bad values: 400/409 naming the field, nothing written
        long before = count(admin, "tag=" + tag);
        expectProblem(sales1.post("customers", body("{\"nope_" + run + "\": 1}")), 400, "custom.nope_" + run);
        expectProblem(sales1.post("customers", body("{" + q(size) + ": \"big\"}")), 400, "custom." + size);
        expectProblem(sales1.post("customers", body("{" + q(colour) + ": \"purple\"}")), 400, "custom." + colour);
        expectProblem(sales1.post("customers", body("{" + q(joined) + ": \"2023-02-29\"}")), 400, "custom." + joined);
        expectProblem(
                sales1.post("customers", body("{" + q(memberNo) + ": \"M-" + run + "\"}")), 409, "custom." + memberNo);
        expectProblem(
                sales2.post("customers", body("{" + q(idCard) + ": \"110101199003077777\"}")), 409, "custom." + idCard);
        Api.Response bulk = sales1.post(
                "customers/bulk",
                "{\"items\": [" + body("{" + q(colour) + ": \"green\"}") + ", " + body("{" + q(colour) + ": \"pink\"}")
                        + "]}");
        assertEquals(200, bulk.status(), bulk::toString);
        assertEquals(201, bulk.json().getJsonArray("items").getJsonObject(0).getInt("status"), bulk::toString);
        assertEquals(400, bulk.json().getJsonArray("items").getJsonObject(1).getInt("status"), bulk::toString);
        String d = bulk.json().getJsonArray("items").getJsonObject(0).getString("id");
        assertEquals(before + 1, count(admin, "tag=" + tag), "only the valid bulk item was written");

        // imported from CSV: custom.<key> columns, a multi-enum's values separated by ';', a bad value refused
        String csv = "name,tags,custom." + size + ",custom." + vip + ",custom." + colour + ",custom." + hobbies + "\n"
                + Deployments.uniqueName("Cf") + "," + tag + "i,44,true,blue,golf;chess\n"
                + Deployments.uniqueName("Cf") + "," + tag + "i,45,false,purple,tea\n";
        JsonObject imported = importAndWait(sales1, csv);
        assertEquals(1, imported.getInt("created"), imported::toString);
        assertEquals(1, imported.getInt("failed"), imported::toString);
        assertEquals(1, count(admin, "tag=" + tag + "i"), "the valid row only");
        Set<String> importedIds = ids(sales1, "tag=" + tag + "i&custom." + size + "=44");
        assertEquals(1, importedIds.size(), importedIds::toString);
        JsonObject importedCustom =
                sales1.get("customers/" + importedIds.iterator().next()).json().getJsonObject("custom");
        assertEquals(44, importedCustom.getInt(size));
        assertEquals(JsonValue.TRUE, importedCustom.get(vip));
        assertEquals("blue", importedCustom.getString(colour));
        assertEquals(
                List.of("golf", "chess"),
                importedCustom.getJsonArray(hobbies).getValuesAs(jakarta.json.JsonString::getString));
        String errors = sales1.get("imports/" + imported.getString("id") + "/errors.csv")
                .raw()
                .body();
        assertTrue(errors.contains("purple") && errors.contains("custom." + colour), errors);
        Api.Response unknownColumn = sales1.postBytes(
                "imports/customers",
                "text/csv",
                ("name,custom.nope_" + run + "\nA,1\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        expectProblem(unknownColumn, 400, "header");

        // required on create, in force until deleted
        String required = "r_" + run;
        put(admin, required, "{\"label\": \"Req\", \"type\": \"number\", \"required\": true}", 201);
        try {
            expectProblem(sales1.post("customers", body("{}")), 400, "custom." + required);
            create(sales1, "{" + q(required) + ": 1}");
        } finally {
            Api.Response gone = admin.delete("admin/custom-fields/" + required + "?dropValues=true", null);
            assertEquals(204, gone.status(), gone::toString);
        }

        // merge patch: null removes, others stay
        Api.Response read = sales1.get("customers/" + b);
        Api.Response patched = sales1.patch(
                "customers/" + b,
                read.header("ETag"),
                "{\"custom\": {" + q(colour) + ": null, " + q(vip) + ": \"false\"}}");
        assertEquals(200, patched.status(), patched::toString);
        JsonObject cb = patched.json().getJsonObject("custom");
        assertFalse(cb.containsKey(colour), cb::toString);
        assertEquals(JsonValue.FALSE, cb.get(vip));
        assertEquals(38, cb.getInt(size));
        List<String> history = sales1.get("customers/" + b + "/history").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(history.contains("custom." + colour) && history.contains("custom." + vip), history::toString);

        // filters and counts: equality, lists, ranges, only over what the caller may read
        assertEquals(Set.of(a, c), ids(admin, "tag=" + tag + "&custom." + colour + "=red"));
        assertEquals(Set.of(a), ids(sales1, "tag=" + tag + "&custom." + colour + "=red"));
        assertEquals(1, count(sales1, "tag=" + tag + "&custom." + colour + "=red"), "sales1 counts only their own");
        assertEquals(2, count(admin, "tag=" + tag + "&custom." + colour + "=red"));
        assertEquals(Set.of(a, c, d), ids(admin, "tag=" + tag + "&custom." + colour + "=red,green"));
        assertEquals(Set.of(a, c), ids(admin, "tag=" + tag + "&custom." + size + ".gte=40"));
        assertEquals(Set.of(a, b), ids(admin, "tag=" + tag + "&custom." + size + ".lte=42"));
        assertEquals(Set.of(a), ids(admin, "tag=" + tag + "&custom." + size + ".gte=40&custom." + size + ".lte=42"));
        assertEquals(Set.of(b), ids(admin, "tag=" + tag + "&custom." + joined + ".gte=2025-01-01"));
        assertEquals(Set.of(a), ids(admin, "tag=" + tag + "&custom." + credit + "=99.5"));
        assertEquals(Set.of(a, c), ids(admin, "tag=" + tag + "&custom." + hobbies + "=golf,chess"));
        assertEquals(
                Set.of(a),
                ids(admin, "tag=" + tag + "&custom." + idCard + "=110101199003077777"),
                "a personal field through its blind index");
        assertEquals(1, count(admin, "custom." + idCard + "=110101199003077777"));
        expectProblem(admin.get("customers?custom." + idCard + ".gte=1"), 400, "custom." + idCard);
        expectProblem(admin.get("customers/count?custom." + colour + ".gte=1"), 400, "custom." + colour);
        expectProblem(admin.get("customers?custom.nope_" + run + "=1"), 400, "custom.nope_" + run);
        expectProblem(admin.get("customers?custom." + size + "=abc"), 400, "custom." + size);

        // personal: masked for service, who may not change it; audited masked
        JsonObject seen = service1.get("customers/" + a).json();
        assertTrue(seen.getBoolean("piiMasked"), seen::toString);
        assertEquals("1***", seen.getJsonObject("custom").getString(idCard));
        assertEquals(42, seen.getJsonObject("custom").getInt(size));
        assertFalse(
                service1.get("customers?tag=" + tag + "&limit=200").raw().body().contains("110101199003077777"));
        Api.Response serviceRead = service1.get("customers/" + a);
        assertEquals(
                403,
                service1.patch("customers/" + a, serviceRead.header("ETag"), "{\"custom\": {" + q(idCard) + ": \"x\"}}")
                        .status(),
                "service does not write customers at all (a writer without customer:pii:read: CustomerBulkTest)");
        String trail = admin.get("audit?entityType=customer&entityId=" + a + "&limit=50")
                .raw()
                .body();
        assertTrue(trail.contains("custom." + idCard) && trail.contains("1***"), trail);
        assertFalse(trail.contains("110101199003077777"), trail);

        // a segment on custom fields
        Api.Response segment = admin.post(
                "segments",
                "{\"name\": \"CF " + run + "\", \"rules\": {\"match\": \"ALL\", "
                        + "\"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}, {\"field\": \"custom."
                        + size
                        + "\", \"gte\": 40}, {\"field\": \"custom." + colour + "\", \"in\": [\"red\"]}]}}");
        assertEquals(201, segment.status(), segment::toString);
        String segmentId = segment.json().get("id").toString().replace("\"", "");
        assertEquals(2, admin.get("segments/" + segmentId + "/count").json().getInt("count"));
        assertEquals(1, sales1.get("segments/" + segmentId + "/count").json().getInt("count"));
        expectProblem(
                admin.post(
                        "segments",
                        "{\"name\": \"CF bad " + run + "\", \"rules\": {\"conditions\": " + "[{\"field\": \"custom."
                                + colour + "\", \"in\": [\"pink\"]}]}}"),
                400,
                "rules.conditions[0].custom." + colour);

        // export: the custom columns, masked as the requester sees them
        for (String user : List.of("sales1", "service1")) {
            Api api = Api.as(deployment, user);
            List<CSVRecord> rows = CSVFormat.RFC4180
                    .parse(new StringReader(exportCsv(
                            api,
                            "{\"format\": \"csv\", \"tag\": \"" + tag + "\", \"custom\": {\"" + colour
                                    + "\": \"red\"}}")))
                    .getRecords();
            List<String> header = rows.get(0).toList();
            assertTrue(header.contains("custom." + idCard), header::toString);
            List<CSVRecord> data = rows.subList(1, rows.size());
            assertEquals(
                    user.equals("sales1") ? List.of(a) : List.of(a, c), // service1 reads team east's
                    data.stream().map(r -> r.get(header.indexOf("id"))).toList(),
                    user);
            assertEquals("red", data.get(0).get(header.indexOf("custom." + colour)));
            assertEquals("golf;tea", data.get(0).get(header.indexOf("custom." + hobbies)));
            assertEquals(
                    user.equals("sales1") ? "110101199003077777" : "1***",
                    data.get(0).get(header.indexOf("custom." + idCard)),
                    user);
        }

        expectProblem(
                sales1.post("exports/customers", "{\"format\": \"csv\", \"custom\": {\"nope_" + run + "\": \"1\"}}"),
                400,
                "custom.nope_" + run);

        // definitions the stored values would not survive: 409 with their number
        Api.Response typeChange = admin.call(
                "PUT", "admin/custom-fields/" + size, Api.JSON, "{\"label\": \"S\", \"type\": \"string\"}", null);
        // a, b, c and the imported customer hold a size
        expectProblem(typeChange, 409, "custom." + size);
        assertEquals("4", number(typeChange, "values"), typeChange::toString);
        Api.Response enumCut = admin.call(
                "PUT",
                "admin/custom-fields/" + colour,
                Api.JSON,
                "{\"label\": \"Colour\", \"type\": \"enum\", \"values\": [\"green\", \"blue\"]}",
                null);
        expectProblem(enumCut, 409, "custom." + colour);
        assertEquals("2", number(enumCut, "values"), enumCut::toString);
        put(
                admin,
                colour,
                "{\"label\": \"Colour\", \"type\": \"enum\", \"values\": [\"red\", \"green\", \"blue\", \"white\"]}",
                200);
        Api.Response uniqueNow = admin.call(
                "PUT",
                "admin/custom-fields/" + colour,
                Api.JSON,
                "{\"label\": \"Colour\", \"type\": \"enum\", \"values\": [\"red\", \"green\", \"blue\"], \"unique\": true}",
                null);
        expectProblem(uniqueNow, 409, "custom." + colour);
        expectProblem(admin.delete("admin/custom-fields/" + vip, null), 409, "custom." + vip);
        assertEquals(
                403,
                sales1.delete("admin/custom-fields/" + vip + "?dropValues=true", null)
                        .status());
        assertEquals(
                204,
                admin.delete("admin/custom-fields/" + vip + "?dropValues=true", null)
                        .status());
        assertFalse(admin.get("customers/" + a).json().getJsonObject("custom").containsKey(vip));
        assertEquals(404, admin.get("admin/custom-fields/" + vip).status());
    }

    @Test
    void aMergeKeepsTheCustomValueOfTheRecordChosenForIt() {
        Api admin = Api.as(deployment, "admin");
        String shoe = "ms_" + run;
        String nick = "mn_" + run;
        put(admin, shoe, "{\"label\": \"Shoe size\", \"type\": \"number\"}", 201);
        put(admin, nick, "{\"label\": \"Nickname\", \"type\": \"string\"}", 201);
        String survivor = create(admin, "{" + q(shoe) + ": 42}");
        String duplicate = create(admin, "{" + q(shoe) + ": 40, " + q(nick) + ": \"Xiao Li\"}");
        String etag = admin.get("customers/" + survivor).header("ETag");

        Api.Response unknown = admin.call(
                "POST",
                "customers/" + survivor + "/merge",
                Api.JSON,
                "{\"duplicateId\": \"" + duplicate + "\", \"fields\": {\"custom\": {\"nope_" + run
                        + "\": \"duplicate\"}}}",
                etag);
        expectProblem(unknown, 400, "fields.custom.nope_" + run);
        assertEquals(200, admin.get("customers/" + duplicate).status(), "a refused merge changes nothing");

        Api.Response merged = admin.call(
                "POST",
                "customers/" + survivor + "/merge",
                Api.JSON,
                "{\"duplicateId\": \"" + duplicate + "\", \"fields\": {\"custom\": {" + q(shoe) + ": \"duplicate\", "
                        + q(nick) + ": \"survivor\"}}}",
                etag);
        assertEquals(200, merged.status(), merged::toString);
        JsonObject custom = admin.get("customers/" + survivor).json().getJsonObject("custom");
        assertEquals(40, custom.getInt(shoe), "the duplicate's, as chosen: " + custom);
        assertFalse(custom.containsKey(nick), "the survivor's, as chosen, and it had none: " + custom);
    }

    private Api.Response put(Api api, String key, String body, int status) {
        Api.Response r = api.call("PUT", "admin/custom-fields/" + key, Api.JSON, body, null);
        assertEquals(status, r.status(), r::toString);
        return r;
    }

    /** A number of a problem's extensions, as text (problems carry their extensions as strings or numbers). */
    private static String number(Api.Response problem, String name) {
        return problem.json().get(name).toString().replace("\"", "");
    }

    private static String q(String key) {
        return "\"" + key + "\"";
    }

    private String body(String custom) {
        return "{\"name\": " + Json.createValue(Deployments.uniqueName("Cf")) + ", \"tags\": [\"" + tag
                + "\"], \"custom\": " + custom + "}";
    }

    private String create(Api api, String custom) {
        Api.Response r = api.post("customers", body(custom));
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    private static void expectProblem(Api.Response r, int status, String field) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.raw().body().contains("\"" + field), "names " + field + ": " + r);
    }

    private JsonObject importAndWait(Api api, String csv) {
        Api.Response started =
                api.postBytes("imports/customers", "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(202, started.status(), started::toString);
        String importId = started.json().getString("importId");
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonObject status;
        do {
            Search.sleep(200);
            status = api.get("imports/" + importId).json();
        } while (!List.of("COMPLETED", "FAILED", "STOPPED").contains(status.getString("status"))
                && System.nanoTime() < deadline);
        assertEquals("COMPLETED", status.getString("status"), status::toString);
        return status;
    }

    private static long count(Api api, String query) {
        Api.Response r = api.get("customers/count?" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonNumber("count").longValue();
    }

    private static Set<String> ids(Api api, String query) {
        Api.Response r = api.get("customers?limit=200&" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("id"))
                .collect(Collectors.toSet());
    }

    private String exportCsv(Api api, String body) {
        Api.Response started = api.post("exports/customers", body);
        assertEquals(202, started.status(), started::toString);
        String exportId = started.json().getString("exportId");
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
        Api.Response file = api.get("exports/" + exportId + "/file");
        assertEquals(200, file.status(), file::toString);
        return file.raw().body();
    }
}
