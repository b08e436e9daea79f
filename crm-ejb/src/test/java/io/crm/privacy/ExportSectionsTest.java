package io.crm.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.TestDatabases;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The areas of the export on a migrated database: every statement runs, pages join up without a gap or a repeat
 * (1,201 notes: three pages), only the customer's own rows come out, and values have the document's types. On H2,
 * and on the PostgreSQL of 127.0.0.1:5432 when one answers.
 */
class ExportSectionsTest {

    private static final String PG_SCHEMA = "crm_export_sections_test";

    @Test
    void onH2() throws SQLException {
        check("jdbc:h2:mem:export;DB_CLOSE_DELAY=-1", null);
    }

    @Test
    void onPostgreSql() throws SQLException {
        check(TestDatabases.freshPostgresSchema(PG_SCHEMA), PG_SCHEMA);
    }

    @Test
    void columnLabelsBecomeCamelCaseWhateverTheirCase() {
        assertEquals("nextStep", ExportSections.camelCase("NEXT_STEP"));
        assertEquals("balanceAfter", ExportSections.camelCase("balance_after"));
        assertEquals("id", ExportSections.camelCase("ID"));
    }

    private static void check(String url, String schema) throws SQLException {
        TestDatabases.migrate(url, schema, "latest");
        String user = schema == null ? TestDatabases.H2_USER : TestDatabases.POSTGRES_USER;
        try (Connection db = DriverManager.getConnection(url, user, "");
                Statement s = db.createStatement()) {
            for (long id : new long[] {1, 2}) {
                s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier, "
                        + "computed_tier, lifecycle_stage, purchase_count, total_spend, created_at, updated_at) VALUES ("
                        + id + ", 1, 'PERSON', 'A', 'a', 'sales1', 'east', 'REGULAR', 'REGULAR', 'ACQUISITION', 0, 0, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement p = db.prepareStatement(
                    "INSERT INTO note (id, version, customer_id, author_id, "
                            + "text, created_at, updated_at) VALUES (?, 1, ?, 'sales1', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")) {
                for (int i = 1; i <= 1300; i++) {
                    p.setLong(1, i);
                    p.setLong(2, i % 13 == 0 ? 2 : 1);
                    p.setString(3, "note " + i);
                    p.addBatch();
                }
                p.executeBatch();
            }
            s.execute("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at) VALUES "
                    + "(7, 1, 120.5, 'CNY', TIMESTAMP WITH TIME ZONE '2019-06-01 10:00:00+00', CURRENT_TIMESTAMP)");
            s.execute(
                    "INSERT INTO points_account (customer_id, balance, updated_at) VALUES (1, 50, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO points_entry (id, customer_id, kind, points, balance_after, reason, earned_on, "
                    + "created_at, created_by) VALUES (9, 1, 'ADJUSTMENT', 50, 50, 'gift', DATE '2026-01-02', "
                    + "CURRENT_TIMESTAMP, 'admin')");

            StringWriter out = new StringWriter();
            try (JsonGenerator json = Json.createGenerator(out)) {
                json.writeStartObject();
                ExportSections sections = new ExportSections(db, json);
                for (Map.Entry<String, String> area : ExportSections.BY_CUSTOMER.entrySet()) {
                    sections.rows(area.getKey(), area.getValue(), 1);
                }
                sections.rows("history", ExportSections.CONSENT_HISTORY, 1);
                sections.single("pointsAccount", ExportSections.POINTS_ACCOUNT, java.util.List.of(1L));
                sections.single("privacy", ExportSections.PRIVACY, java.util.List.of(1L));
                sections.auditEntries("auditEntries", 1);
                json.writeEnd();
            }
            JsonObject doc;
            try (JsonReader reader = Json.createReader(new StringReader(out.toString()))) {
                doc = reader.readObject();
            }
            JsonArray notes = doc.getJsonArray("notes");
            assertEquals(1300 - 1300 / 13, notes.size());
            for (int i = 1; i < notes.size(); i++) {
                assertTrue(
                        Long.parseLong(notes.getJsonObject(i - 1).getString("id"))
                                < Long.parseLong(notes.getJsonObject(i).getString("id")),
                        "in id order, no repeat");
            }
            assertTrue(notes.stream()
                    .noneMatch(n -> Long.parseLong(n.asJsonObject().getString("id")) % 13 == 0));
            JsonObject purchase = doc.getJsonArray("purchases").getJsonObject(0);
            assertEquals("7", purchase.getString("id"));
            assertEquals("120.5000", purchase.getString("amount"));
            assertEquals("2019-06-01T10:00:00Z", purchase.getString("occurredAt"));
            assertTrue(purchase.isNull("externalId"));
            JsonObject entry = doc.getJsonArray("pointsEntries").getJsonObject(0);
            assertEquals(50, entry.getInt("points"));
            assertEquals(50, entry.getInt("balanceAfter"));
            assertEquals("2026-01-02", entry.getString("earnedOn"));
            assertEquals(50, doc.getJsonObject("pointsAccount").getInt("balance"));
            assertTrue(doc.isNull("privacy"));
            for (String empty : new String[] {"followUps", "surveyInvitations", "shares", "history", "auditEntries"}) {
                assertEquals(0, doc.getJsonArray(empty).size(), empty);
            }
        }
    }
}
