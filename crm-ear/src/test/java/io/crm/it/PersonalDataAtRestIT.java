package io.crm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Personal data at rest: customers with known phones, emails, WeChat ids, addresses and birthdays, survey answers with known
 * comments; then neither the database (the raw bytes of the H2 file, or every table of PostgreSQL as text) nor any
 * file of the search index holds one of those values in clear, while the CRM shows them to those who may see them.
 * Then the key is rotated while four clients read and write, and every value is still the same afterwards.
 */
class PersonalDataAtRestIT extends EndToEndTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void personalValuesAreNowhereInClearOnDiskAndSurviveAKeyRotationUnderLoad() throws Exception {
        Api sales1 = Api.as(deployment, "sales1");
        Api batch = Api.as(deployment, "batch");
        String tag = "atrest-" + Deployments.uniqueName("t").substring(2);
        List<String> secrets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, JsonObject> created = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            String phone = Deployments.uniquePhone();
            String email = "atrest." + phone.substring(6) + "@example.org";
            String wechat = "wxr" + phone.substring(5);
            String birthday = (1951 + RANDOM.nextInt(40)) + "-0" + (1 + i) + "-1" + (3 + i);
            String name = Deployments.uniqueName("Rest");
            String street = "atreststreet" + phone.substring(5);
            String postalCode = "PC" + phone.substring(6);
            Api.Response r = sales1.post(
                    "customers", """
                    {"type": "PERSON", "name": "%s", "phones": ["%s"], "emails": ["%s"], "wechatId": "%s",
                     "addresses": [{"kind": "HOME", "country": "CN", "city": "上海市", "street": "%s",
                                    "postalCode": "%s"}],
                     "birthday": "%s", "tags": ["%s"], "interests": ["golf"], "consents": {"EMAIL": true}}
                    """.formatted(name, phone, email, wechat, street, postalCode, birthday, tag));
            assertEquals(201, r.status(), r::toString);
            created.put(r.json().getString("id"), r.json());
            secrets.addAll(List.of(phone, phone.substring(3), email, wechat, birthday, street, postalCode));
            names.add(name);
        }
        String firstId = created.keySet().iterator().next();
        JsonObject first = created.get(firstId);
        String firstPhone = first.getJsonArray("phones").getString(0);
        String firstEmail = first.getJsonArray("emails").getString(0);

        // duplicate detection works on the blind index: the same phone typed another way is found
        Api.Response duplicate = sales1.post("customers", """
                {"type": "PERSON", "name": "Dup", "phones": ["00%s"]}""".formatted(firstPhone.substring(1)));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals(firstId, duplicate.json().getString("existingId"));
        assertTrue(duplicate.json().getString("detail").contains(firstPhone), duplicate::toString);

        // a note that names the email and the phone: found by a cleared caller with the email in clear in the
        // snippet, masked for others; the index's files are sealed, its term dictionary included
        String word = "atrestword" + Deployments.uniqueName("w").substring(2).replace(" ", "");
        assertEquals(
                201,
                sales1.post(
                                "customers/" + firstId + "/notes",
                                "{\"text\": \"" + word + " mail " + firstEmail + " call " + firstPhone.substring(3)
                                        + "\"}")
                        .status());
        Search.until(sales1, word, Search.total(1), Duration.ofSeconds(30));
        String clearSnippet = Search.search(sales1, word)
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("highlight");
        assertTrue(clearSnippet.contains(firstEmail), clearSnippet);
        JsonObject readBack = sales1.get("customers/" + firstId).json();
        assertEquals(firstPhone, readBack.getJsonArray("phones").getString(0), "read back in clear");
        JsonObject listed = sales1.get("customers?limit=200&tag=" + tag).json();
        assertTrue(listed.toString().contains(firstEmail), "a list page opens the sealed columns too");

        // survey answers with known comments
        String segment = batch.post(
                        "segments",
                        "{\"name\": \"" + tag + "\", \"rules\": {\"conditions\": [{\"field\": \"tags\", \"in\": [\""
                                + tag + "\"]}]}}")
                .json()
                .getString("id");
        Api.Response survey = batch.post(
                "surveys",
                "{\"name\": \"" + tag + "\", \"type\": \"NPS\", \"question\": \"How likely?\", \"channel\": \"EMAIL\","
                        + " \"fatigueDays\": 0, \"target\": {\"segmentId\": \"" + segment + "\"}}");
        assertEquals(201, survey.status(), survey::toString);
        String surveyId = survey.json().getString("id");
        Jobs.run(batch, "survey-dispatch", "{\"surveyId\": " + surveyId + "}", Duration.ofSeconds(120));
        Api anonymous = Api.as(deployment, null);
        List<JsonObject> invitations = new ArrayList<>();
        batch.get("surveys/" + surveyId + "/invitations?limit=200")
                .json()
                .getJsonArray("items")
                .forEach(v -> invitations.add(v.asJsonObject()));
        assertEquals(3, invitations.size());
        String detractorComment = null;
        for (JsonObject invitation : invitations) {
            String comment =
                    "slowdelivery" + Deployments.uniqueName("c").substring(2).replace(" ", "");
            secrets.add(comment);
            boolean detractor = detractorComment == null;
            Api.Response answered = anonymous.post(
                    "public/responses/" + invitation.getString("token"),
                    // a detractor's comment is copied into the follow-up it opens, and so indexed
                    "{\"score\": " + (detractor ? 3 : 9) + ", \"comment\": \"" + comment + " 太慢了\"}");
            assertEquals(201, answered.status(), answered::toString);
            detractorComment = detractor ? comment : detractorComment;
        }
        Search.until(Api.as(deployment, "admin"), detractorComment, Search.total(1), Duration.ofSeconds(30));

        assertNowhereInClear(secrets, names);

        // rotation: a second key made current, the job re-seals every value while four clients read and write
        String newKey = rotateDemoKey();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        List<String> ids = List.copyOf(created.keySet());
        for (int c = 0; c < 4; c++) {
            int client = c;
            load.add(clients.submit(() -> {
                Api api = Api.as(deployment, "sales1");
                int n = 0;
                while (running.get()) {
                    // the writers each change a customer of their own, so no write is refused as stale
                    String id = client % 2 == 0 ? ids.get(client / 2) : ids.get(n % ids.size());
                    n++;
                    Api.Response read = api.get("customers/" + id);
                    Api.Response written = client % 2 == 0
                            ? api.patch("customers/" + id, read.header("ETag"), "{\"city\": \"city" + n + "\"}")
                            : api.get("customers?limit=50");
                    requests.addAndGet(2);
                    if (read.status() != 200 || written.status() != 200) {
                        // who else changed it, should a write be refused as stale
                        String trail = written.status() == 412
                                ? " sent " + read.header("ETag") + "; writes since: "
                                        + Api.as(deployment, "auditor")
                                                .get("audit?entityType=customer&entityId=" + id + "&limit=3")
                                                .raw()
                                                .body()
                                : "";
                        failures.add(read.status() + "/" + written.status() + " " + written + trail);
                    }
                }
            }));
        }
        JsonObject rotated;
        try {
            Search.sleep(500);
            rotated = Jobs.run(batch, "pii-key-rotation", "{\"chunkSize\": 7}", Duration.ofSeconds(300));
            Search.sleep(500);
        } finally {
            running.set(false);
            for (Future<?> f : load) {
                f.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
        }
        assertEquals(List.of(), failures, "requests that failed during the rotation");
        assertTrue(requests.get() > 8, "the clients kept working: " + requests.get());
        assertTrue(Jobs.reads(rotated) >= 6, rotated::toString);
        for (String id : ids) {
            JsonObject after = sales1.get("customers/" + id).json();
            JsonObject before = created.get(id);
            for (String field : List.of("phones", "emails")) {
                assertEquals(before.getJsonArray(field), after.getJsonArray(field), field + " of " + id);
            }
            assertEquals(before.getString("wechatId"), after.getString("wechatId"));
            assertEquals(before.getJsonArray("addresses"), after.getJsonArray("addresses"), "addresses of " + id);
            assertEquals(before.getString("birthday"), after.getString("birthday"));
        }
        assertNowhereInClear(secrets, names);
        if (postgres()) {
            try (Connection db = database();
                    Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT phones, emails, wechat_id, birthday, addresses FROM customer"
                            + " UNION ALL SELECT comment, NULL, NULL, NULL, NULL FROM survey_response"
                            + " UNION ALL SELECT content, NULL, NULL, NULL, NULL FROM survey_import")) {
                int sealed = 0;
                while (rs.next()) {
                    for (int c = 1; c <= 5; c++) {
                        String v = rs.getString(c);
                        if (v != null) {
                            assertTrue(v.startsWith("v1:" + newKey + ":"), "not under the new key: " + v);
                            sealed++;
                        }
                    }
                }
                assertTrue(sealed >= 18, "sealed values checked: " + sealed);
            }
        }
    }

    /** Makes a new key current in the demo run's ring (as an operator changes crm.pii.keys); answers its id. */
    private static String rotateDemoKey() throws IOException {
        Path file = domainConfig().resolve("crm-pii-keys.properties");
        Properties ring = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            ring.load(in);
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String id = "it" + Long.toString(System.currentTimeMillis(), 36);
        ring.setProperty(
                "crm.pii.keys",
                ring.getProperty("crm.pii.keys") + "," + id + ":"
                        + Base64.getEncoder().encodeToString(key));
        ring.setProperty("crm.pii.current-key", id);
        try (OutputStream out = Files.newOutputStream(file)) {
            ring.store(out, "rotated by " + PersonalDataAtRestIT.class.getSimpleName());
        }
        return id;
    }

    private void assertNowhereInClear(List<String> secrets, List<String> names) throws Exception {
        Map<String, byte[]> stored = new HashMap<>();
        if (postgres()) {
            stored.put("database", postgresTablesAsText().getBytes(StandardCharsets.UTF_8));
        } else {
            stored.putAll(filesUnder(domainConfig().resolve("crm-data")));
        }
        byte[] databaseBytes = concat(stored);
        assertTrue(contains(databaseBytes, names.get(0)), "a name, not personal, is found: the search can find");
        Map<String, byte[]> index = filesUnder(domainConfig().resolve("crm-index"));
        assertFalse(index.isEmpty(), "the index directory has files");
        for (String secret : secrets) {
            for (Map.Entry<String, byte[]> e : stored.entrySet()) {
                assertFalse(contains(e.getValue(), secret), secret + " in clear in " + e.getKey());
            }
            for (Map.Entry<String, byte[]> e : index.entrySet()) {
                assertFalse(contains(e.getValue(), secret), secret + " in clear in " + e.getKey());
            }
        }
    }

    /** Every file under a directory, as it is now; a file the server deletes meanwhile is left out. */
    private static Map<String, byte[]> filesUnder(Path dir) throws IOException {
        Map<String, byte[]> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try {
                    contents.put(f.toString(), Files.readAllBytes(f));
                } catch (java.nio.file.NoSuchFileException deleted) {
                    // merged away by the index writer, or a finished temporary file
                }
            }
        }
        return contents;
    }

    private static byte[] concat(Map<String, byte[]> parts) {
        int size = parts.values().stream().mapToInt(b -> b.length).sum();
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] b : parts.values()) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length;
        }
        return all;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean postgres() {
        return System.getProperty("crm.it.db.url", "").startsWith("jdbc:postgresql:");
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("crm.it.db.url"), "postgres", "");
    }

    /** Every row of every table of the CRM's schema, as PostgreSQL writes it as text. */
    private static String postgresTablesAsText() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection db = database()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.getMetaData().getTables(null, db.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.contains("customer"), "tables: " + tables);
            try (Statement s = db.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT CAST(t AS text) FROM \"" + table + "\" t")) {
                        while (rs.next()) {
                            all.append(rs.getString(1)).append('\n');
                        }
                    }
                }
            }
        }
        return all.toString();
    }

    private static Path domainConfig() {
        return Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1", "config");
    }
}
