package io.crm.customer;

import java.util.List;

/**
 * The statements that move everything hanging off a duplicate record (?2) to the survivor (?1), in order, set-based.
 * Where the database keeps one row per customer and something, the pair collapses: of two invitations of one
 * dispatch the answered one stays (the survivor's if both or neither were answered; a second answer to the same
 * dispatch goes with its invitation), of two skips of one dispatch the survivor's, of two shares with one user or
 * team the wider. Scores of past scoring runs of the duplicate are dropped (the next run scores the survivor); the
 * duplicate's points balance is added to the survivor's; custom values of a field the survivor has none of move to
 * it; records merged into the duplicate earlier now name the survivor. Purchases and points entries under the same key on both are
 * refused before these run.
 */
final class MergedRecords {

    private MergedRecords() {}

    static final List<String> STATEMENTS = List.of(
            "DELETE FROM survey_invitation WHERE customer_id = ?2 AND dispatch_id IN (SELECT s.dispatch_id FROM"
                    + " survey_invitation s WHERE s.customer_id = ?1 AND (EXISTS (SELECT 1 FROM survey_response r"
                    + " WHERE r.invitation_id = s.id) OR NOT EXISTS (SELECT 1 FROM survey_response r JOIN"
                    + " survey_invitation d ON d.id = r.invitation_id WHERE d.customer_id = ?2"
                    + " AND d.dispatch_id = s.dispatch_id)))",
            "DELETE FROM survey_invitation WHERE customer_id = ?1 AND dispatch_id IN"
                    + " (SELECT d.dispatch_id FROM survey_invitation d WHERE d.customer_id = ?2)",
            "UPDATE survey_invitation SET customer_id = ?1 WHERE customer_id = ?2",
            "UPDATE survey_response SET customer_id = ?1 WHERE customer_id = ?2",
            "DELETE FROM survey_skip WHERE customer_id = ?2 AND dispatch_id IN"
                    + " (SELECT s.dispatch_id FROM survey_skip s WHERE s.customer_id = ?1)",
            "UPDATE survey_skip SET customer_id = ?1 WHERE customer_id = ?2",
            "UPDATE note SET customer_id = ?1 WHERE customer_id = ?2",
            "UPDATE follow_up SET customer_id = ?1 WHERE customer_id = ?2",
            "UPDATE purchase SET customer_id = ?1 WHERE customer_id = ?2",
            "UPDATE customer_history SET customer_id = ?1 WHERE customer_id = ?2",
            // custom values: the survivor's stay; the duplicate's fill the fields the survivor has none of
            "DELETE FROM customer_custom_value WHERE customer_id = ?2 AND field_key IN"
                    + " (SELECT s.field_key FROM customer_custom_value s WHERE s.customer_id = ?1)",
            "UPDATE customer_custom_value SET customer_id = ?1 WHERE customer_id = ?2",
            "DELETE FROM customer_score WHERE customer_id = ?2",
            "UPDATE customer_share SET access = 'WRITE' WHERE customer_id = ?1 AND user_id IN"
                    + " (SELECT d.user_id FROM customer_share d WHERE d.customer_id = ?2 AND d.access = 'WRITE')",
            "UPDATE customer_share SET access = 'WRITE' WHERE customer_id = ?1 AND team_id IN"
                    + " (SELECT d.team_id FROM customer_share d WHERE d.customer_id = ?2 AND d.access = 'WRITE')",
            "DELETE FROM customer_share WHERE customer_id = ?2 AND (user_id IN (SELECT s.user_id FROM customer_share s"
                    + " WHERE s.customer_id = ?1) OR team_id IN (SELECT s.team_id FROM customer_share s"
                    + " WHERE s.customer_id = ?1))",
            "UPDATE customer_share SET customer_id = ?1 WHERE customer_id = ?2",
            // both ledgers may have lapsed points as of the same day: the duplicate's expiry keeps its own key
            "UPDATE points_entry SET source_key = source_key || ':' || CAST(?2 AS VARCHAR(20)) WHERE customer_id = ?2"
                    + " AND source_key LIKE 'expiry:%'",
            "UPDATE points_entry SET customer_id = ?1 WHERE customer_id = ?2",
            "DELETE FROM interaction WHERE customer_id = ?2 AND external_id IN"
                    + " (SELECT s.external_id FROM interaction s WHERE s.customer_id = ?1)",
            "UPDATE interaction SET customer_id = ?1 WHERE customer_id = ?2",
            "UPDATE customer SET last_activity_at = (SELECT d.last_activity_at FROM customer d WHERE d.id = ?2)"
                    + " WHERE id = ?1 AND (SELECT d.last_activity_at FROM customer d WHERE d.id = ?2) >"
                    + " COALESCE(last_activity_at, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00')",
            "UPDATE consent_change SET customer_id = ?1 WHERE customer_id = ?2",
            "UPDATE customer_merge SET survivor_id = ?1 WHERE survivor_id = ?2",
            "UPDATE points_account SET balance = balance + (SELECT d.balance FROM points_account d"
                    + " WHERE d.customer_id = ?2), updated_at = CURRENT_TIMESTAMP WHERE customer_id = ?1"
                    + " AND EXISTS (SELECT 1 FROM points_account d WHERE d.customer_id = ?2)",
            "UPDATE points_account SET customer_id = ?1 WHERE customer_id = ?2 AND NOT EXISTS"
                    + " (SELECT 1 FROM points_account s WHERE s.customer_id = ?1)");
}
