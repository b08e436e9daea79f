package io.crm.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.TestDatabases;
import io.crm.permission.Caller;
import io.crm.permission.Role;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may change a segment that a survey dispatch targets, and the owners segments get on upgrade. */
class SegmentOwnershipTest {

    private static Caller as(String user, Role role) {
        return Caller.of(user, Set.of(role), Set.of());
    }

    @Test
    void theOwnerAndAnAdminMayChangeATargetedSegment() {
        assertTrue(SegmentService.mayAlwaysChange(as("analyst", Role.ANALYST), "analyst"));
        assertTrue(SegmentService.mayAlwaysChange(as("admin", Role.ADMIN), "analyst"));
        assertTrue(
                SegmentService.mayAlwaysChange(as("admin", Role.ADMIN), null),
                "a segment without an owner is an admin's");
        assertFalse(SegmentService.mayAlwaysChange(as("manager", Role.MANAGER), "analyst"));
        assertFalse(SegmentService.mayAlwaysChange(as("batch", Role.BATCH_ADMIN), null));
        assertFalse(
                SegmentService.mayAlwaysChange(as("null", Role.ANALYST), null),
                "no owner is nobody's, not the user null's");
    }

    @Test
    void aScheduleNamesItsSurveyInItsParameters() {
        assertEquals(12L, ScheduledSurvey.of("{\"surveyId\": 12, \"chunkSize\": 500}"));
        assertNull(ScheduledSurvey.of("{\"chunkSize\": 500}"));
        assertNull(ScheduledSurvey.of("{\"surveyId\": 1.5}"));
        assertNull(ScheduledSurvey.of("not json"));
        assertNull(ScheduledSurvey.of(null));
    }

    @Test
    void segmentsSavedBeforeOwnersAreAdminOwnedAndEarlierDispatchesComplete() throws SQLException {
        String url = "jdbc:h2:mem:segment-owner-migration;DB_CLOSE_DELAY=-1";
        TestDatabases.migrate(url, null, "10.1");
        try (Connection db = DriverManager.getConnection(url, TestDatabases.H2_USER, "");
                Statement s = db.createStatement()) {
            s.execute(
                    "INSERT INTO segment (id, version, name, name_key, rules, created_by, created_at, updated_at) VALUES"
                            + " (1, 1, 'S', 's', '{}', 'analyst', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(
                    "INSERT INTO survey (id, version, name, type, question, channel, fatigue_days, valid_days, closed_loop,"
                            + " created_by, created_at, updated_at) VALUES (1, 1, 'S', 'NPS', 'q', 'EMAIL', 0, 30, FALSE, 'batch',"
                            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute(
                    "INSERT INTO survey_dispatch (dispatch_id, survey_id, created_at) VALUES (7, 1, CURRENT_TIMESTAMP)");
        }
        TestDatabases.migrate(url, null, "latest");
        try (Connection db = DriverManager.getConnection(url, TestDatabases.H2_USER, "");
                Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT owner_id, created_by FROM segment WHERE id = 1")) {
                assertTrue(r.next());
                assertNull(r.getString(1));
                assertEquals("analyst", r.getString(2));
            }
            try (ResultSet r = s.executeQuery("SELECT completed_at FROM survey_dispatch WHERE dispatch_id = 7")) {
                assertTrue(r.next());
                assertTrue(r.getObject(1) != null);
            }
        }
    }
}
