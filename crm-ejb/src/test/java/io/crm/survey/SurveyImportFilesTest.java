package io.crm.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.TestDatabases;
import io.crm.common.TestKeys;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uploaded survey files keep no comment longer than needed: an erasure blanks the erased customer's comments in the
 * files still kept (every row keeps its place, so a resumed import reads the same rows), and a completed import's
 * file is dropped. On H2 and PostgreSQL, sealed as in the server.
 */
class SurveyImportFilesTest {

    private static final String FILE = "token,score,comment,respondedAt\n"
            + "tok-a,9,\"great, thanks\",2026-12-01T10:00:00Z\n"
            + "tok-b,3,\"slow\nand rude\",\n"
            + "\n"
            + "tok-a,10,again,\n"
            + "tok-c,7,,\n";

    private EntityManagerFactory emf;
    private String url;
    private String user;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void blankingKeepsEveryRecordInItsPlace() throws IOException {
        String blanked = ResponseFile.withoutComments(FILE, Set.of("tok-a"));
        List<CSVRecord> before = records(FILE);
        List<CSVRecord> after = records(blanked);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).get("token"), after.get(i).get("token"));
            assertEquals(before.get(i).get("score"), after.get(i).get("score"));
            assertEquals(before.get(i).get("respondedAt"), after.get(i).get("respondedAt"));
            boolean erased = before.get(i).get("token").equals("tok-a");
            assertEquals(
                    erased ? "" : before.get(i).get("comment"), after.get(i).get("comment"));
        }
        assertFalse(blanked.contains("great") || blanked.contains("again"), blanked);
        assertTrue(blanked.contains("slow\nand rude"), "another's comment, newline and all: " + blanked);
    }

    @Test
    void aFileWithoutTheCustomersRowsOrWithoutCommentsIsLeftAsItIs() {
        assertEquals(FILE, ResponseFile.withoutComments(FILE, Set.of("tok-z")));
        String scoresOnly = "token,score\ntok-a,9\n";
        assertEquals(scoresOnly, ResponseFile.withoutComments(scoresOnly, Set.of("tok-a")));
    }

    @Test
    void aFileTheJobCannotReadKeepsNoRow() {
        String broken = "token,score,comment\ntok-a,9,\"never closed\n";
        assertEquals("token,score,comment\n", ResponseFile.withoutComments(broken, Set.of("tok-b")));
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return ResponseFile.FORMAT.parse(new StringReader(csv)).getRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void erasureBlanksTheCustomersCommentsInKeptFilesAndACompletedImportDropsItsFile(String db) throws SQLException {
        TestKeys.install();
        TestDatabases.Migrated migrated =
                TestDatabases.latest(db, db.equals("h2") ? "survey-import-files" : "survey_import_files_test");
        url = migrated.url();
        user = migrated.user();
        emf = Persistence.createEntityManagerFactory(
                "timeline-test", Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", user));
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM survey_import");
            s.execute("DELETE FROM survey_invitation");
            s.execute("DELETE FROM customer");
            s.execute("DELETE FROM survey");
            for (long id : List.of(1L, 2L)) {
                s.execute("INSERT INTO customer (id, version, type, name, name_key, owner_id, team_id, tier,"
                        + " computed_tier, lifecycle_stage, purchase_count, total_spend, created_at, updated_at)"
                        + " VALUES (" + id + ", 1, 'PERSON', 'A', 'a', 'sales1', 'east', 'VIP', 'VIP', 'LOYAL', 0, 0,"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            for (long id : List.of(1L, 2L)) {
                s.execute("INSERT INTO survey (id, version, name, type, question, channel, fatigue_days, valid_days,"
                        + " closed_loop, created_by, created_at, updated_at) VALUES (" + id + ", 1, 's', 'NPS', 'q',"
                        + " 'EMAIL', 0, 7, FALSE, 'batch', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            }
            String invitation = "INSERT INTO survey_invitation (survey_id, dispatch_id, execution_id, customer_id,"
                    + " channel, token, status, created_at, expires_at) VALUES (%d, %d, 1, %d, 'EMAIL', '%s', 'SENT',"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
            s.execute(String.format(invitation, 1, 1, 1, "tok-a"));
            s.execute(String.format(invitation, 1, 1, 2, "tok-b"));
            s.execute(String.format(invitation, 2, 2, 2, "tok-c"));
        }
        OffsetDateTime now = OffsetDateTime.now();
        long survey1 = inTransaction(em -> persist(em, new SurveyImport(1, FILE, "batch", now)));
        long survey2 = inTransaction(em -> persist(em, new SurveyImport(2, FILE, "batch", now)));
        long completed = inTransaction(em -> persist(em, new SurveyImport(1, FILE, "batch", now)));
        inTransaction(em -> {
            SurveyImports imports = new SurveyImports();
            imports.em = em;
            imports.drop(completed);
            return null;
        });

        int blanked = inTransaction(em -> {
            SurveyImports imports = new SurveyImports();
            imports.em = em;
            return imports.blankComments(1);
        });

        assertEquals(1, blanked, "only the kept file of the survey the customer was invited to");
        assertEquals(ResponseFile.withoutComments(FILE, Set.of("tok-a")), content(survey1));
        assertEquals(FILE, content(survey2), "another survey's file: the customer has no invitation in it");
        assertEquals(null, content(completed), "the completed import's file is gone");
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT content FROM survey_import WHERE id = " + survey1)) {
            rs.next();
            assertFalse(rs.getString(1).contains("tok-a"), "sealed on disk");
        }
    }

    private static long persist(EntityManager em, SurveyImport file) {
        em.persist(file);
        em.flush();
        return file.id();
    }

    private String content(long id) {
        return inTransaction(em -> em.find(SurveyImport.class, id).content().orElse(null));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
