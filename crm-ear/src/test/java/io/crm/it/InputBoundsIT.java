package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The edges of what the API takes: times at the ends of what Java can write, control characters in every text, and
 * bodies past every size limit. Each answers 4xx with problem+json, never 5xx, and writes nothing.
 */
class InputBoundsIT extends EndToEndTest {

    /** Times no record of ours can hold, and those just outside the ranges the API documents. */
    private static final List<String> EXTREME_TIMES = List.of(
            "-1000000000-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59.999999999Z",
            "+1000000-01-01T00:00:00Z",
            "-290000-01-01T00:00:00Z",
            "+10000-01-01T00:00:00Z");
    /** Times Java and both databases can write, but outside what records and filters take. */
    private static final List<String> EDGE_TIMES = List.of("0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z");

    private static final List<String> EXTREME_DATES =
            List.of("+999999999-12-31", "-999999999-01-01", "+10000-01-01", "0001-01-01");
    private static final List<String> EXTREME_MONTHS =
            List.of("+999999999-12", "-999999999-01", "+1000000-01", "+10000-01");
    /** Control characters as they arrive in a URL, from NUL (which PostgreSQL refuses in text) to DEL and NEL. */
    private static final List<String> CONTROLS = List.of("%00", "%01", "%09", "%0A", "%1F", "%7F", "%C2%85");

    @Test
    void timesAtTheEndsOfJavaAnswer400NamingTheParameter() {
        Api admin = Api.as(deployment, "admin");
        Api auditor = Api.as(deployment, "auditor");
        Api batch = Api.as(deployment, "batch");
        String survey = survey(batch);
        List<String> all = new ArrayList<>(EXTREME_TIMES);
        all.addAll(EDGE_TIMES);
        for (String time : all) {
            boolean extreme = EXTREME_TIMES.contains(time);
            String t = Api.q(time);
            refused(admin, "customers?updatedSince=" + t, "updatedSince", extreme);
            refused(admin, "customers/count?updatedSince=" + t, "updatedSince", extreme);
            refused(admin, "follow-ups?dueBefore=" + t, "dueBefore", extreme);
            refused(admin, "search?q=refund&from=" + t, "from", extreme);
            refused(admin, "search?q=refund&to=" + t, "to", extreme);
            refused(auditor, "audit?from=" + t, "from", extreme);
            refused(auditor, "audit?to=" + t, "to", extreme);
        }
        for (String month : EXTREME_MONTHS) {
            refused(admin, "reports/stage-transitions?from=" + Api.q(month), "from", true);
            refused(admin, "reports/stage-transitions?to=" + Api.q(month), "to", true);
            refused(batch, "surveys/" + survey + "/scores?from=" + Api.q(month), "from", true);
            refused(batch, "surveys/" + survey + "/scores?to=" + Api.q(month), "to", true);
        }
    }

    @Test
    void recordsRefuseTimesOutsideTheirRangesAndStoreNothing() {
        Api sales1 = Api.as(deployment, "sales1");
        Api.Response created = sales1.post("customers", "{\"name\": \"" + Deployments.uniqueName("Bounds") + "\"}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        String etag = created.header("ETag");
        Api.Response followUp =
                sales1.post("customers/" + id + "/follow-ups", "{\"channel\": \"PHONE\", \"content\": \"call back\"}");
        assertEquals(201, followUp.status(), followUp::toString);
        String followUpId = followUp.json().getString("id");
        String followUpTag = followUp.header("ETag");

        List<String> all = new ArrayList<>(EXTREME_TIMES);
        all.addAll(EDGE_TIMES);
        all.add("2200-01-01T00:00:00Z");
        for (String time : all) {
            expect400(
                    sales1.post(
                            "customers/" + id + "/purchases",
                            "{\"amount\": \"1.00\", \"currency\": \"CNY\", \"occurredAt\": \"" + time + "\"}"),
                    "occurredAt");
            if (!time.startsWith("1969")) {
                expect400(
                        sales1.post(
                                "customers/" + id + "/follow-ups",
                                "{\"channel\": \"PHONE\", \"content\": \"x\", \"dueAt\": \"" + time + "\"}"),
                        "dueAt");
                expect400(
                        sales1.patch("follow-ups/" + followUpId, followUpTag, "{\"dueAt\": \"" + time + "\"}"),
                        "dueAt");
            }
            Api.Response segment = Api.as(deployment, "batch")
                    .post(
                            "segments",
                            "{\"name\": \"" + Deployments.uniqueName("Edge")
                                    + "\", \"rules\": {\"conditions\": [{\"field\": \"lastPurchaseAt\", \"after\": \""
                                    + time + "\"}]}}");
            assertTrue(segment.status() < 500, () -> time + " → " + segment);
            if (EXTREME_TIMES.contains(time)) {
                assertEquals(400, segment.status(), () -> time + " → " + segment);
                MalformedInputIT.assertProblem(segment);
            }
        }
        for (String date : EXTREME_DATES) {
            expect400(sales1.patch("customers/" + id, etag, "{\"birthday\": \"" + date + "\"}"), "birthday");
            expect400(
                    sales1.post("customers", "{\"name\": \"Dated Person\", \"birthday\": \"" + date + "\"}"),
                    "birthday");
        }

        Api.Response after = sales1.get("customers/" + id);
        assertEquals(etag, after.header("ETag"), "a refused change moved the version");
        assertEquals(0, after.json().getJsonObject("rfm").getInt("purchaseCount"));
        assertEquals(
                0,
                sales1.get("customers/" + id + "/purchases")
                        .json()
                        .getJsonArray("items")
                        .size());
        Api.Response unchanged = sales1.get("follow-ups/" + followUpId);
        assertEquals(followUpTag, unchanged.header("ETag"));
        assertEquals(
                1,
                sales1.get("customers/" + id + "/follow-ups")
                        .json()
                        .getJsonArray("items")
                        .size());
    }

    @Test
    void importedResponsesAtTheEndsOfTimeAreRowErrorsNotAFailedJob() {
        Api batch = Api.as(deployment, "batch");
        Api admin = Api.as(deployment, "admin");
        List<String> all = new ArrayList<>(EXTREME_TIMES);
        all.addAll(EDGE_TIMES);
        String tag = Deployments.uniqueWord();
        for (int i = 0; i < all.size(); i++) {
            Api.Response c = admin.post(
                    "customers",
                    "{\"name\": \"" + Deployments.uniqueName("Invited") + "\", \"emails\": [\""
                            + Deployments.uniqueWord() + "@example.com\"], \"tags\": [\"" + tag
                            + "\"], \"consents\": {\"EMAIL\": true}}");
            assertEquals(201, c.status(), c::toString);
        }
        String survey = survey(batch, tag);
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + survey + "}", Duration.ofSeconds(120));
        List<String> tokens =
                batch.get("surveys/" + survey + "/invitations?limit=200").json().getJsonArray("items").stream()
                        .map(i -> i.asJsonObject().getString("token"))
                        .toList();
        assertEquals(all.size(), tokens.size());

        StringBuilder csv = new StringBuilder("token,score,comment,respondedAt\n");
        for (int i = 0; i < all.size(); i++) {
            csv.append(tokens.get(i)).append(",9,,").append(all.get(i)).append('\n');
        }
        Api.Response importing = batch.postBytes(
                "surveys/" + survey + "/responses/import",
                "text/csv",
                csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, importing.status(), importing::toString);
        JsonObject run = Jobs.waitFor(
                batch,
                importing.json().getJsonNumber("executionId").longValue(),
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(120));
        assertEquals("COMPLETED", run.getString("status"), run::toString);
        JsonObject errors = batch.get(
                        "surveys/" + survey + "/imports/" + importing.json().getString("importId") + "/errors")
                .json();
        assertEquals(all.size(), errors.getJsonArray("items").size(), errors::toString);
        assertEquals(
                0,
                batch.get("surveys/" + survey + "/invitations?status=RESPONDED")
                        .json()
                        .getJsonArray("items")
                        .size());
    }

    @Test
    void controlCharactersInTextParametersAnswer400NamingTheParameter() {
        Api admin = Api.as(deployment, "admin");
        Api auditor = Api.as(deployment, "auditor");
        Api batch = Api.as(deployment, "batch");
        String customer = admin.post("customers", "{\"name\": \"" + Deployments.uniqueName("Ctrl") + "\"}")
                .json()
                .getString("id");
        String survey = survey(batch);
        for (String control : CONTROLS) {
            String v = "nul" + control + "byte";
            for (String p : List.of("q", "tag", "region", "city", "ownerId", "teamId", "cursor")) {
                expect400(admin.get("customers?" + p + "=" + v), p);
                expect400(admin.get("customers/count?" + p.replace("cursor", "q") + "=" + v), p.replace("cursor", "q"));
            }
            for (String p : List.of("assigneeId", "customerId", "cursor")) {
                expect400(admin.get("follow-ups?" + p + "=" + v), p);
            }
            expect400(admin.get("search?q=" + v), "q");
            for (String p : List.of("authorId", "customerId", "type", "cursor")) {
                expect400(admin.get("search?q=refund&" + p + "=" + v), p);
            }
            for (String p : List.of("entityType", "entityId", "actor", "cursor")) {
                expect400(auditor.get("audit?" + p + "=" + v), p);
            }
            expect400(batch.get("jobs/executions?jobName=" + v), "jobName");
            expect400(batch.get("surveys/" + survey + "/scores?groupBy=" + v), "groupBy");
            for (String list : List.of(
                    "customers/" + customer + "/purchases",
                    "customers/" + customer + "/notes",
                    "customers/" + customer + "/follow-ups",
                    "customers/" + customer + "/history",
                    "segments",
                    "surveys",
                    "schedules")) {
                expect400(
                        (list.equals("segments") || list.startsWith("s") ? batch : admin).get(list + "?cursor=" + v),
                        "cursor");
            }
            // path segments: 400 naming the segment; an encoded NUL the server refuses itself, before the CRM sees the
            // URL
            // (a bare "400 Invalid URI" that no error page of the application can reach)
            List<Api.Response> paths = List.of(
                    admin.get("admin/users/" + v + "/permissions"),
                    admin.send("PUT", "admin/teams/" + v, Api.JSON, "{\"name\": \"Team\"}"),
                    admin.send("PUT", "admin/users/" + v, Api.JSON, "{\"displayName\": \"User\"}"),
                    admin.get("customers/" + v),
                    admin.get("notes/" + v),
                    Api.as(deployment, null).post("public/responses/" + v, "{\"score\": 9}"),
                    batch.post("jobs/" + v + "/executions", "{}"));
            for (Api.Response r : paths) {
                assertEquals(400, r.status(), () -> control + " → " + r);
                if (!control.equals("%00")) {
                    MalformedInputIT.assertProblem(r);
                }
            }
        }
    }

    @Test
    void controlCharactersInBodiesAnswer400AndWriteNothing() {
        Api admin = Api.as(deployment, "admin");
        Api batch = Api.as(deployment, "batch");
        long before = MalformedInputIT.count(admin);
        expect400(admin.post("customers", "{\"name\": \"Nul\\u0000Byte\"}"), "name");
        expect400(admin.post("customers", "{\"name\": \"Bell\\u0007\"}"), "name");
        expect400(admin.post("customers", "{\"name\": \"Two\\nLines\"}"), "name");
        expect400(admin.post("customers", "{\"name\": \"Valid Name\", \"city\": \"上海\\u0000\"}"), "city");
        expect400(admin.post("customers", "{\"name\": \"Valid Name\", \"tags\": [\"vip\\u0000\"]}"), "tags[0]");
        expect400(admin.post("customers", "{\"name\": \"Valid Name\", \"occupation\": \"\\u001f\"}"), "occupation");
        assertEquals(before, MalformedInputIT.count(admin), "a refused request wrote a customer");

        String customer = admin.post("customers", "{\"name\": \"" + Deployments.uniqueName("Noted") + "\"}")
                .json()
                .getString("id");
        expect400(admin.post("customers/" + customer + "/notes", "{\"text\": \"nul\\u0000byte\"}"), "text");
        expect400(
                admin.post(
                        "customers/" + customer + "/follow-ups", "{\"channel\": \"PHONE\", \"content\": \"c\\u0000\"}"),
                "content");
        assertEquals(
                0,
                admin.get("customers/" + customer + "/notes")
                        .json()
                        .getJsonArray("items")
                        .size());
        Api.Response lines =
                admin.post("customers/" + customer + "/notes", "{\"text\": \"first line\\n\\tsecond line\"}");
        assertEquals(201, lines.status(), "notes keep line breaks and tabs: " + lines);

        Api.Response segment = batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Ctl") + "\", \"rules\": {\"conditions\": "
                        + "[{\"field\": \"tags\", \"in\": [\"a\\u0000b\"]}]}}");
        assertEquals(400, segment.status(), segment::toString);
        MalformedInputIT.assertProblem(segment);
        Api.Response job =
                batch.post("jobs/customer-scoring/executions", "{\"parameters\": {\"x\\u0000\": \"y\\u0000\"}}");
        assertEquals(400, job.status(), job::toString);
        MalformedInputIT.assertProblem(job);
        Api.Response schedule = batch.post(
                "schedules",
                "{\"jobName\": \"nps-scoring\", \"cron\": \"0 2 * * *\\u0000\", "
                        + "\"timeZone\": \"Asia/Shanghai\", \"enabled\": false}");
        assertEquals(400, schedule.status(), schedule::toString);
        MalformedInputIT.assertProblem(schedule);

        String survey = survey(batch);
        Api.Response csv = batch.postBytes(
                "surveys/" + survey + "/responses/import",
                "text/csv",
                "token,score,comment,respondedAt\nabc\u0000def,9,nul\u0000byte,\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, csv.status(), csv::toString);
        MalformedInputIT.assertProblem(csv);
    }

    @Test
    void bodiesPastTheirLimitsAnswer413AndPermissionComesBeforeReading() throws IOException {
        Api batch = Api.as(deployment, "batch");
        String survey = survey(batch);
        String importPath = "surveys/" + survey + "/responses/import";

        // a CSV larger than the old column but within the limit is taken
        StringBuilder rows = new StringBuilder("token,score,comment,respondedAt\n");
        String comment = "x".repeat(1000);
        while (rows.length() < 1_300_000) {
            rows.append("nosuchtoken")
                    .append(rows.length())
                    .append(",9,")
                    .append(comment)
                    .append(",\n");
        }
        Api.Response midsize =
                batch.postBytes(importPath, "text/csv", rows.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(202, midsize.status(), midsize::toString);
        String importId = midsize.json().getString("importId");
        Jobs.waitFor(
                batch,
                midsize.json().getJsonNumber("executionId").longValue(),
                e -> List.of("COMPLETED", "FAILED").contains(e.getString("status")),
                Duration.ofSeconds(180));
        // storing it is in the audit trail: who, which survey, its size and lines, not its contents
        JsonObject entries = Api.as(deployment, "auditor")
                .get("audit?entityType=survey-import&entityId=" + importId)
                .json();
        assertEquals(1, entries.getJsonArray("items").size(), entries::toString);
        JsonObject entry = entries.getJsonArray("items").getJsonObject(0);
        assertEquals("batch", entry.getString("actor"));
        String changes = entry.toString();
        assertTrue(changes.contains("\"" + rows.toString().getBytes(StandardCharsets.UTF_8).length + "\""), changes);
        assertTrue(!changes.contains(comment), "the file's contents are not in the audit trail");

        // past the limit while reading (no Content-Length known beforehand is the same: the stream stops there)
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        Api.Response tooLarge = batch.postBytes(importPath, "text/csv", huge);
        assertEquals(413, tooLarge.status(), tooLarge::toString);
        MalformedInputIT.assertProblem(tooLarge);

        // a declared size over the limit is refused before a byte is read, but only to those who may import
        RawResponse denied = rawPost("sales1", importPath, "text/csv", 2L * 1024 * 1024 * 1024, 64);
        assertEquals(403, denied.status, denied::toString);
        assertTrue(denied.contentType.startsWith("application/problem+json"), denied::toString);
        RawResponse declared = rawPost("batch", importPath, "text/csv", 2L * 1024 * 1024 * 1024, 64);
        assertEquals(413, declared.status, declared::toString);
        assertTrue(declared.contentType.startsWith("application/problem+json"), declared::toString);
        RawResponse json = rawPost("admin", "customers", Api.JSON, 1024 * 1024 + 1, 64);
        assertEquals(413, json.status, json::toString);
        assertTrue(json.contentType.startsWith("application/problem+json"), json::toString);
    }

    /** A status and content type, from a request written by hand: its Content-Length may promise more than is sent. */
    private record RawResponse(int status, String contentType, String head) {
        @Override
        public String toString() {
            return head;
        }
    }

    /**
     * Declares {@code declared} bytes, sends {@code sent} of them and waits for the answer without sending more: a server
     * that reads the body before answering never answers (the read times out).
     */
    private RawResponse rawPost(String user, String path, String contentType, long declared, int sent)
            throws IOException {
        URI uri = URI.create(Deployments.apiBase(deployment)).resolve(path);
        long start = System.nanoTime();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\n"
                    + "Authorization: Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json, application/problem+json\r\n"
                    + "Content-Length: " + declared + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write("token,score\n".repeat(sent / 12 + 1).substring(0, sent).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readHead(socket.getInputStream());
            assertTrue(
                    System.nanoTime() - start < Duration.ofSeconds(10).toNanos(),
                    "the answer took too long: " + answer);
            int status = Integer.parseInt(answer.substring(9, 12));
            String type = answer.lines()
                    .filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .findFirst()
                    .map(l -> l.substring(13).strip())
                    .orElse("");
            return new RawResponse(status, type, answer);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String survey(Api batch) {
        return survey(batch, Deployments.uniqueWord());
    }

    /** An NPS survey of the customers with the tag. */
    private static String survey(Api batch, String tag) {
        Api.Response segment = batch.post(
                "segments",
                "{\"name\": \"" + Deployments.uniqueName("Bounds") + "\", \"rules\": "
                        + "{\"conditions\": [{\"field\": \"tags\", \"in\": [\"" + tag + "\"]}]}}");
        assertEquals(201, segment.status(), segment::toString);
        Api.Response r = batch.post(
                "surveys",
                "{\"name\": \"" + Deployments.uniqueName("Bounds") + "\", \"type\": \"NPS\", "
                        + "\"question\": \"How likely?\", \"channel\": \"EMAIL\", \"fatigueDays\": 30, \"target\": {\"segmentId\": \""
                        + segment.json().getString("id") + "\"}}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getString("id");
    }

    /**
     * An out-of-range value answers 400 naming the parameter when {@code mustRefuse}; a value at the edge may be taken
     * (200) or refused, but never answers 5xx.
     */
    private static void refused(Api api, String path, String field, boolean mustRefuse) {
        Api.Response r = api.get(path);
        if (mustRefuse || r.status() != 200) {
            expect400(r, field, () -> path);
        }
    }

    private static void expect400(Api.Response r, String field) {
        expect400(r, field, () -> "");
    }

    private static void expect400(Api.Response r, String field, Supplier<String> what) {
        assertEquals(400, r.status(), () -> what.get() + " → " + r);
        MalformedInputIT.assertProblem(r);
        assertTrue(
                r.json().getJsonArray("violations").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(v -> v.getString("field").equals(field)),
                () -> what.get() + " does not name " + field + ": " + r);
    }
}
