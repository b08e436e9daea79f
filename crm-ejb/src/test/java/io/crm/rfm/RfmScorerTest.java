package io.crm.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scoring SQL run on an embedded database migrated with the product's own migrations. */
class RfmScorerTest {

    private static final AtomicLong DATABASES = new AtomicLong();
    private static final Instant AS_OF = Instant.parse("2026-11-01T00:00:00Z");

    private Connection db;
    private long nextId = 1;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:scoring" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        db = DriverManager.getConnection(url, "sa", "");
    }

    @AfterEach
    void close() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("SHUTDOWN");
        }
        db.close();
    }

    @Test
    void distinctValuesFallIntoExactQuintiles() throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(customer(i + 1, String.valueOf(100 * (i + 1)), daysAgo(10 - i)));
        }
        score(1);
        int[] expected = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
        for (int i = 0; i < 10; i++) {
            Scored s = scored(ids.get(i));
            assertEquals(expected[i], s.frequency, "frequency of customer " + i);
            assertEquals(expected[i], s.monetary, "monetary of customer " + i);
            assertEquals(expected[i], s.recency, "the latest purchase has the best recency: " + i);
        }
    }

    @Test
    void equalValuesScoreTheSameWhateverTheirOrder() throws SQLException {
        // counts 1,1,1,1,1,1,2,2,3,9: the six 1s share positions 0-5, centre 3 of 10 → 1 + floor(5*6/20) = 2
        int[] counts = {1, 2, 1, 9, 1, 3, 1, 2, 1, 1};
        List<Long> ids = new ArrayList<>();
        for (int count : counts) {
            ids.add(customer(count, "10.00", daysAgo(3)));
        }
        score(1);
        for (int i = 0; i < counts.length; i++) {
            int expected = switch (counts[i]) {
                case 1 -> 2; // positions 0-5: 1 + floor(5 * 6 / 20)
                case 2 -> 4; // positions 6-7: 1 + floor(5 * 14 / 20)
                case 3 -> 5; // position 8: 1 + floor(5 * 17 / 20)
                default -> 5; // position 9
            };
            Scored s = scored(ids.get(i));
            assertEquals(expected, s.frequency, "count " + counts[i]);
            assertEquals(3, s.monetary, "everybody spent the same");
            assertEquals(3, s.recency, "everybody bought at the same moment");
        }
    }

    @Test
    void smallBasesAndCustomersWithoutPurchases() throws SQLException {
        long only = customer(1, "5.00", daysAgo(1));
        long none = customer(0, "0", null);
        score(1);
        Scored s = scored(only);
        assertEquals(List.of(3, 3, 3), List.of(s.recency, s.frequency, s.monetary), "one buyer sits in the middle");
        assertEquals("REGULAR", s.tier, "9 is under the IMPORTANT threshold");
        Scored n = scored(none);
        assertNull(n.recency);
        assertNull(n.frequency);
        assertEquals("POTENTIAL", n.tier);
        assertEquals("ACQUISITION", n.stage);

        long second = customer(2, "9.00", daysAgo(1));
        score(2);
        assertEquals(
                List.of(3, 2, 2),
                scored(only).scores(),
                "two buyers: positions 0 and 1 of 2; the same moment shares the centre");
        assertEquals(List.of(3, 4, 4), scored(second).scores());
    }

    @Test
    void tiersFollowTheScoreSumThresholds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(customer(i + 1, String.valueOf(i + 1), daysAgo(10 - i)));
        }
        score(1);
        // every score is the same quintile q: sums 3,3,6,6,9,9,12,12,15,15 against 13 (VIP) and 10 (IMPORTANT)
        String[] expected = {
            "REGULAR", "REGULAR", "REGULAR", "REGULAR", "REGULAR", "REGULAR", "IMPORTANT", "IMPORTANT", "VIP", "VIP"
        };
        for (int i = 0; i < 10; i++) {
            assertEquals(expected[i], scored(ids.get(i)).tier, "customer " + i);
        }

        RfmScorer.prepare(db, 2, AS_OF, new ScoringRules(15, 6, 5, 120, 365));
        RfmScorer.apply(db, 2, 0, Long.MAX_VALUE, "system:test", null, AS_OF);
        assertEquals("IMPORTANT", scored(ids.get(2)).tier, "sum 6 meets a lowered IMPORTANT threshold");
        assertEquals("IMPORTANT", scored(ids.get(6)).tier, "sum 12 is under a VIP threshold raised to 15");
        assertEquals("VIP", scored(ids.get(8)).tier);
    }

    @Test
    void stagesFollowPurchaseHistoryAndRecency() throws SQLException {
        long fresh = customer(1, "10", daysAgo(5));
        long loyal = customer(5, "10", daysAgo(5));
        long almostLoyal = customer(4, "10", daysAgo(5));
        long atRisk = customer(7, "10", daysAgo(121));
        long edge = customer(7, "10", daysAgo(120));
        long churned = customer(9, "10", daysAgo(366));
        long never = customer(0, "0", null);
        score(1);
        assertEquals("CONVERSION", scored(fresh).stage);
        assertEquals("LOYAL", scored(loyal).stage);
        assertEquals("CONVERSION", scored(almostLoyal).stage);
        assertEquals("RETENTION_RISK", scored(atRisk).stage);
        assertEquals("LOYAL", scored(edge).stage, "exactly 120 days is not yet older than 120 days");
        assertEquals("CHURNED", scored(churned).stage, "churned wins over loyal");
        assertEquals("ACQUISITION", scored(never).stage);
    }

    @Test
    void aLapsedBuyerWithRecentActivityIsNotChurned() throws SQLException {
        long active = customer(3, "10", daysAgo(400));
        long activeLongAgo = customer(3, "10", daysAgo(400));
        long silent = customer(3, "10", daysAgo(400));
        long browsingOnly = customer(0, "0", null);
        lastActivity(active, daysAgo(10));
        lastActivity(activeLongAgo, daysAgo(366));
        lastActivity(browsingOnly, daysAgo(1));
        score(1);
        assertEquals("RETENTION_RISK", scored(active).stage, "no purchase for 400 days, but active 10 days ago");
        assertEquals("CHURNED", scored(activeLongAgo).stage, "activity older than the churn threshold does not count");
        assertEquals("CHURNED", scored(silent).stage);
        assertEquals("ACQUISITION", scored(browsingOnly).stage, "active without a purchase is not churned");
    }

    private void lastActivity(long id, Instant at) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("UPDATE customer SET last_activity_at = ? WHERE id = ?")) {
            s.setObject(1, at.atOffset(ZoneOffset.UTC));
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    @Test
    void aTierSetByHandStaysAndHistoryRecordsEveryChangeOnce() throws SQLException {
        long handSet = customer(1, "10", daysAgo(400));
        long other = customer(6, "500", daysAgo(1));
        exec("UPDATE customer SET manual_tier = 'VIP', tier = 'VIP' WHERE id = " + handSet);
        RfmScorer.Applied first = score(7);
        Scored h = scored(handSet);
        assertEquals("VIP", h.tier, "the hand-set tier wins");
        assertEquals("REGULAR", h.computedTier);
        assertEquals("CHURNED", h.stage);
        assertEquals(2, first.scored());
        assertEquals(1, first.tierChanges(), "only the other customer's tier moved");
        assertEquals(2, first.stageChanges());
        assertEquals(List.of("lifecycleStage:ACQUISITION>CHURNED:7"), history(handSet));
        assertEquals(List.of("tier:POTENTIAL>IMPORTANT:7", "lifecycleStage:ACQUISITION>LOYAL:7"), history(other));
        assertEquals(Optional.of(new RfmScorer.Run(AS_OF, 2, 2, 1, 2, 0)), RfmScorer.run(db, 7));
        // what others are told of: one change per customer, the tier's and the stage's before and after
        assertEquals(
                List.of(
                        new RfmScorer.ScoredChange(
                                handSet,
                                "sales1",
                                null,
                                Tier.VIP,
                                Tier.VIP,
                                LifecycleStage.ACQUISITION,
                                LifecycleStage.CHURNED),
                        new RfmScorer.ScoredChange(
                                other,
                                "sales1",
                                null,
                                Tier.POTENTIAL,
                                Tier.IMPORTANT,
                                LifecycleStage.ACQUISITION,
                                LifecycleStage.LOYAL)),
                first.changes());
        assertTrue(
                first.changes().get(0).stageChanged() && !first.changes().get(0).tierChanged());

        RfmScorer.Applied again = RfmScorer.apply(db, 7, 0, Long.MAX_VALUE, "system:test", 7L, AS_OF);
        assertEquals(new RfmScorer.Applied(0, 0, 0, 0), again, "applying a range twice changes nothing");
        long version = version(other);
        assertEquals(new RfmScorer.Applied(0, 0, 0, 0), score(8), "a new run over unchanged data changes nothing");
        assertEquals(version, version(other));

        exec("UPDATE customer SET manual_tier = NULL, tier = 'REGULAR' WHERE id = " + handSet);
        assertEquals(0, score(9).tierChanges(), "cleared: the computed tier is back in force");
    }

    @Test
    void rangesResumeAndCustomersWhoseHistoryMovedWaitForTheNextRun() throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(customer(i + 1, "10", daysAgo(1)));
        }
        assertEquals(7, RfmScorer.prepare(db, 3, AS_OF, ScoringRules.DEFAULTS));
        assertEquals(Optional.of(ids.get(2)), RfmScorer.rangeEnd(db, 3, 0, 3));
        assertEquals(Optional.of(ids.get(5)), RfmScorer.rangeEnd(db, 3, ids.get(2), 3));
        assertEquals(Optional.of(ids.get(6)), RfmScorer.rangeEnd(db, 3, ids.get(5), 3));
        assertEquals(Optional.empty(), RfmScorer.rangeEnd(db, 3, ids.get(6), 3));
        assertEquals(4, RfmScorer.remaining(db, 3, ids.get(2)));

        exec("UPDATE customer SET purchase_count = purchase_count + 1 WHERE id = " + ids.get(0));
        RfmScorer.Applied applied = RfmScorer.apply(db, 3, 0, ids.get(2), "system:test", 1L, AS_OF);
        assertEquals(2, applied.scored(), "the customer who bought since the run began keeps their scores");
        assertNull(scored(ids.get(0)).frequency);
        assertEquals(
                2,
                RfmScorer.apply(db, 3, ids.get(2), ids.get(5), "system:test", 1L, AS_OF)
                                .scored()
                        - 1);

        RfmScorer.discard(db, 3);
        assertEquals(0, RfmScorer.remaining(db, 3, 0));
        assertEquals(Optional.empty(), RfmScorer.run(db, 3));
    }

    @Test
    void rulesThatMakeNoSenseAreRefusedWithEveryReason() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new ScoringRules(9, 10, 1, 0, 0));
        assertTrue(e.getMessage().contains("vip-min-score"), e.getMessage());
        assertTrue(e.getMessage().contains("loyal-min-purchases"), e.getMessage());
        assertTrue(e.getMessage().contains("retention-risk-after-days"), e.getMessage());
        assertTrue(e.getMessage().contains("churned-after-days"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScoringRules(16, 10, 5, 120, 365));
        assertThrows(IllegalArgumentException.class, () -> new ScoringRules(13, 2, 5, 120, 365));
    }

    private RfmScorer.Applied score(long run) throws SQLException {
        RfmScorer.prepare(db, run, AS_OF, ScoringRules.DEFAULTS);
        return RfmScorer.apply(db, run, 0, Long.MAX_VALUE, "system:test", run, AS_OF);
    }

    private long customer(int purchases, String spend, Instant lastPurchase) throws SQLException {
        long id = nextId++;
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO customer (id, version, type, name, name_key, owner_id,"
                        + " tier, computed_tier, lifecycle_stage, purchase_count, total_spend, last_purchase_at, created_at, updated_at)"
                        + " VALUES (?, 1, 'PERSON', ?, ?, 'sales1', 'POTENTIAL', 'POTENTIAL', 'ACQUISITION', ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, "c" + id);
            s.setString(3, "c" + id);
            s.setInt(4, purchases);
            s.setBigDecimal(5, new BigDecimal(spend));
            s.setObject(6, lastPurchase == null ? null : lastPurchase.atOffset(ZoneOffset.UTC));
            s.setObject(7, AS_OF.atOffset(ZoneOffset.UTC));
            s.setObject(8, AS_OF.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
        return id;
    }

    /**
     * Levels over a 12-month window: 普通 for everyone, 银卡 from 100 points or 1,000 spent, 金卡 from 500 points.
     * Points earned before the window, reversed points and refunded purchases do not count; a customer falling back
     * below a threshold is demoted; each change is history.
     */
    @Test
    void membershipLevelsFollowPointsEarnedOrMoneySpentInTheWindow() throws SQLException {
        long everyone = customer(0, "0", null);
        long byPoints = customer(1, "10", daysAgo(30));
        long bySpend = customer(2, "1200", daysAgo(30));
        long gold = customer(1, "10", daysAgo(30));
        long old = customer(1, "10", daysAgo(400));
        long refunded = customer(1, "10", daysAgo(30));
        exec("INSERT INTO membership_level (level_rank, name, min_points, min_spend, benefits, window_months,"
                + " updated_at, updated_by) VALUES (0, '普通', NULL, NULL, '[]', 12, CURRENT_TIMESTAMP, 'admin'),"
                + " (1, '银卡', 100, 1000, '[]', 12, CURRENT_TIMESTAMP, 'admin'),"
                + " (2, '金卡', 500, NULL, '[]', 12, CURRENT_TIMESTAMP, 'admin')");
        points(byPoints, 60, daysAgo(20));
        points(byPoints, 40, daysAgo(300));
        points(gold, 520, daysAgo(10));
        points(old, 900, daysAgo(400));
        points(refunded, 600, daysAgo(10));
        points(refunded, -150, daysAgo(10));
        purchase(bySpend, "700", daysAgo(30), false);
        purchase(bySpend, "400", daysAgo(60), false);
        purchase(refunded, "5000", daysAgo(10), true);

        RfmScorer.Applied first = score(1);
        assertEquals(6, first.levelChanges());
        assertEquals(
                List.of("普通", "银卡", "银卡", "金卡", "普通", "银卡"),
                List.of(level(everyone), level(byPoints), level(bySpend), level(gold), level(old), level(refunded)));
        assertTrue(history(gold).contains("level:null>金卡:1"), history(gold).toString());

        points(gold, -400, daysAgo(10));
        RfmScorer.Applied second = score(2);
        assertEquals(1, second.levelChanges());
        assertEquals("银卡", level(gold), "400 of 520 taken back: 120 reach 银卡's 100, not 金卡's 500");
        assertTrue(history(gold).contains("level:金卡>银卡:2"), history(gold).toString());
    }

    private void points(long customer, long points, Instant earned) throws SQLException {
        exec("INSERT INTO points_entry (id, customer_id, kind, points, balance_after, earned_on, created_at,"
                + " created_by) VALUES (" + nextId++ * 1000 + ", " + customer + ", 'ACCRUAL', " + points + ", 0, DATE '"
                + earned.atOffset(ZoneOffset.UTC).toLocalDate() + "', CURRENT_TIMESTAMP, 'test')");
    }

    private void purchase(long customer, String amount, Instant at, boolean refunded) throws SQLException {
        exec("INSERT INTO purchase (id, customer_id, amount, currency, occurred_at, created_at, refunded_at) VALUES ("
                + nextId++ * 1000 + ", " + customer + ", " + amount + ", 'CNY', TIMESTAMP WITH TIME ZONE '"
                + at.atOffset(ZoneOffset.UTC).toLocalDateTime() + "+00', CURRENT_TIMESTAMP, "
                + (refunded ? "CURRENT_TIMESTAMP" : "NULL") + ")");
    }

    private String level(long id) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT membership_level FROM customer WHERE id = " + id)) {
            r.next();
            return r.getString(1);
        }
    }

    private record Scored(
            Integer recency, Integer frequency, Integer monetary, String tier, String computedTier, String stage) {
        List<Integer> scores() {
            return List.of(recency, frequency, monetary);
        }
    }

    private Scored scored(long id) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT rfm_recency, rfm_frequency, rfm_monetary, tier, computed_tier,"
                        + " lifecycle_stage FROM customer WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new Scored(
                        r.getObject(1, Integer.class),
                        r.getObject(2, Integer.class),
                        r.getObject(3, Integer.class),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6));
            }
        }
    }

    private List<String> history(long id) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement s =
                db.prepareStatement("SELECT field, from_value, to_value, execution_id FROM customer_history"
                        + " WHERE customer_id = ? ORDER BY id")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + ":" + r.getString(2) + ">" + r.getString(3) + ":" + r.getLong(4));
                }
            }
        }
        return rows;
    }

    private long version(long id) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM customer WHERE id = " + id)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static Instant daysAgo(int days) {
        return AS_OF.minus(Duration.ofDays(days));
    }
}
