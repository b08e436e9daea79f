package io.crm.rfm;

import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL of a scoring run, on whatever connection the caller holds (the container's in the job, an embedded
 * database in tests). {@link #prepare} scores every customer into {@code customer_score} in two statements;
 * {@link #apply} moves the scores of one id range onto the customers, with history, and may be repeated after a
 * crash without harm.
 *
 * <p>Quintiles: a value is scored by the centre of the positions it shares with equal values, so equal values
 * always score the same and the result does not depend on row order: for a base of n customers and a value whose
 * first position (0-based, ascending) is p and which k customers share, the score is 1 + floor(5 (2p + k) / 2n).
 * Distinct values give exact quintiles; a base where all values are equal (or of one customer) scores 3.
 * Recency ranks the last purchase time (latest is best), frequency the purchase count, monetary the total spend.
 * Only customers with at least one purchase are ranked; the others have no scores. A buyer whose last purchase is
 * older than the churn threshold is churned only if their last interaction ({@code last_activity_at}) is too: recent
 * activity keeps them at retention risk.
 */
public final class RfmScorer {

    private static final String QUINTILE =
            "1 + 5 * (2 * (RANK() OVER (ORDER BY %1$s) - 1) + COUNT(*) OVER (PARTITION BY %1$s))"
                    + " / (2 * COUNT(*) OVER ())";

    private static final String SCORE_BUYERS =
            "INSERT INTO customer_score (run_id, customer_id, purchase_count, recency,"
                    + " frequency, monetary, computed_tier, lifecycle_stage)"
                    + " SELECT ?, id, purchase_count, r, f, m,"
                    + " CASE WHEN r + f + m >= ? THEN 'VIP' WHEN r + f + m >= ? THEN 'IMPORTANT' ELSE 'REGULAR' END,"
                    + " CASE WHEN last_purchase_at < ? AND (last_activity_at IS NULL OR last_activity_at < ?)"
                    + " THEN 'CHURNED' WHEN last_purchase_at < ? THEN 'RETENTION_RISK'"
                    + " WHEN purchase_count >= ? THEN 'LOYAL' ELSE 'CONVERSION' END"
                    + " FROM (SELECT id, purchase_count, last_purchase_at, last_activity_at, "
                    + QUINTILE.formatted("last_purchase_at") + " AS r, "
                    + QUINTILE.formatted("purchase_count") + " AS f, "
                    + QUINTILE.formatted("total_spend") + " AS m"
                    + " FROM customer WHERE purchase_count > 0) ranked";

    private static final String SCORE_OTHERS =
            "INSERT INTO customer_score (run_id, customer_id, purchase_count, recency,"
                    + " frequency, monetary, computed_tier, lifecycle_stage)"
                    + " SELECT ?, id, 0, NULL, NULL, NULL, 'POTENTIAL', 'ACQUISITION' FROM customer WHERE purchase_count = 0";

    /**
     * A staged score that differs from the customer's, for a customer whose purchases did not change since. The
     * range is repeated on the staging side: PostgreSQL does not carry it over the join by itself, and without it
     * reads the whole run for every range.
     */
    private static final String DIFFERS =
            "s.run_id = ? AND s.customer_id > ? AND s.customer_id <= ? AND s.customer_id = customer.id"
                    + " AND s.purchase_count = customer.purchase_count"
                    + " AND (customer.rfm_recency IS DISTINCT FROM s.recency OR customer.rfm_frequency IS DISTINCT FROM s.frequency"
                    + " OR customer.rfm_monetary IS DISTINCT FROM s.monetary OR customer.computed_tier <> s.computed_tier"
                    + " OR customer.tier <> COALESCE(customer.manual_tier, s.computed_tier) OR customer.lifecycle_stage <> s.lifecycle_stage"
                    + " OR customer.membership_level IS DISTINCT FROM s.membership_level)";

    private static final String IN_RANGE = "customer.id > ? AND customer.id <= ?";

    private static final String LOCK = "SELECT id FROM customer WHERE " + IN_RANGE
            + " AND EXISTS (SELECT 1 FROM customer_score s WHERE " + DIFFERS + ") FOR UPDATE";

    private static final String HISTORY =
            "INSERT INTO customer_history (customer_id, field, from_value, to_value, source,"
                    + " changed_by, execution_id, changed_at) SELECT customer.id, '%1$s', customer.%2$s, %3$s, 'SCORING', ?, ?, ?"
                    + " FROM customer JOIN customer_score s ON s.customer_id = customer.id"
                    + " WHERE s.run_id = ? AND s.customer_id > ? AND s.customer_id <= ? AND " + IN_RANGE
                    + " AND s.purchase_count = customer.purchase_count"
                    + " AND %3$s IS NOT NULL AND customer.%2$s IS DISTINCT FROM %3$s";

    private static final String TIER_HISTORY =
            HISTORY.formatted("tier", "tier", "COALESCE(customer.manual_tier, s.computed_tier)");
    private static final String STAGE_HISTORY =
            HISTORY.formatted("lifecycleStage", "lifecycle_stage", "s.lifecycle_stage");
    private static final String LEVEL_HISTORY = HISTORY.formatted("level", "membership_level", "s.membership_level");

    /**
     * Each staged customer's membership level: the highest whose points (earned in the window, less what was
     * reversed of them) or spend (purchases in the window not refunded) threshold the customer reaches; the lowest
     * level has none and takes everyone.
     */
    private static final String LEVELS = "UPDATE customer_score SET membership_level = (SELECT l.name"
            + " FROM membership_level l WHERE (l.min_points IS NULL AND l.min_spend IS NULL)"
            + " OR l.min_points <= (SELECT COALESCE(SUM(e.points), 0) FROM points_entry e"
            + " WHERE e.customer_id = customer_score.customer_id AND e.earned_on >= ?)"
            + " OR l.min_spend <= (SELECT COALESCE(SUM(p.amount), 0) FROM purchase p"
            + " WHERE p.customer_id = customer_score.customer_id AND p.occurred_at >= ? AND p.refunded_at IS NULL)"
            + " ORDER BY l.level_rank DESC FETCH FIRST 1 ROWS ONLY) WHERE run_id = ?";

    private static final String UPDATE =
            "UPDATE customer SET (rfm_recency, rfm_frequency, rfm_monetary, computed_tier, tier,"
                    + " lifecycle_stage, membership_level) = (SELECT s.recency, s.frequency, s.monetary, s.computed_tier,"
                    + " COALESCE(customer.manual_tier, s.computed_tier), s.lifecycle_stage, s.membership_level FROM customer_score s"
                    + " WHERE s.run_id = ? AND s.customer_id = customer.id), version = version + 1, updated_at = ?"
                    + " WHERE " + IN_RANGE + " AND EXISTS (SELECT 1 FROM customer_score s WHERE " + DIFFERS + ")";

    /**
     * The tier and lifecycle-stage changes a range is about to make, one per customer whose tier or stage changes
     * (with its owner and team, for who may learn of it), read after the range's rows are locked.
     */
    private static final String CHANGES = "SELECT customer.id, customer.owner_id, customer.team_id, customer.tier,"
            + " COALESCE(customer.manual_tier, s.computed_tier), customer.lifecycle_stage, s.lifecycle_stage"
            + " FROM customer JOIN customer_score s ON s.customer_id = customer.id"
            + " WHERE s.run_id = ? AND s.customer_id > ? AND s.customer_id <= ? AND " + IN_RANGE
            + " AND s.purchase_count = customer.purchase_count"
            + " AND (customer.tier <> COALESCE(customer.manual_tier, s.computed_tier)"
            + " OR customer.lifecycle_stage <> s.lifecycle_stage) ORDER BY customer.id";

    /** What one range changed, and each customer's tier and stage change (those others are told of). */
    public record Applied(
            long scored, long tierChanges, long stageChanges, long levelChanges, List<ScoredChange> changes) {

        public Applied {
            changes = List.copyOf(changes);
        }

        public Applied(long scored, long tierChanges, long stageChanges, long levelChanges) {
            this(scored, tierChanges, stageChanges, levelChanges, List.of());
        }
    }

    /** One customer's tier or lifecycle stage as a run changed it (from equals to for the one that did not change). */
    public record ScoredChange(
            long customerId,
            String ownerId,
            String teamId,
            Tier fromTier,
            Tier toTier,
            LifecycleStage fromStage,
            LifecycleStage toStage) {

        public boolean tierChanged() {
            return fromTier != toTier;
        }

        public boolean stageChanged() {
            return fromStage != toStage;
        }
    }

    /** What a whole run changed, and the moment it scored as of. */
    public record Run(
            Instant asOf, long customers, long scored, long tierChanges, long stageChanges, long levelChanges) {}

    private RfmScorer() {}

    /**
     * Scores every customer as of the given moment into the run's staging rows, replacing any from an earlier
     * attempt of the same run. Answers the number of customers staged.
     */
    public static long prepare(Connection db, long runId, Instant asOf, ScoringRules rules) throws SQLException {
        discard(db, runId);
        OffsetDateTime now = utc(asOf);
        long buyers;
        try (PreparedStatement s = db.prepareStatement(SCORE_BUYERS)) {
            s.setLong(1, runId);
            s.setInt(2, rules.vipMinScore());
            s.setInt(3, rules.importantMinScore());
            s.setObject(4, utc(rules.churnedBefore(asOf)));
            s.setObject(5, utc(rules.churnedBefore(asOf)));
            s.setObject(6, utc(rules.retentionRiskBefore(asOf)));
            s.setInt(7, rules.loyalMinPurchases());
            buyers = s.executeUpdate();
        }
        long others;
        try (PreparedStatement s = db.prepareStatement(SCORE_OTHERS)) {
            s.setLong(1, runId);
            others = s.executeUpdate();
        }
        if (db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            try (PreparedStatement s = db.prepareStatement("ANALYZE customer_score")) {
                s.execute(); // a million fresh rows: without statistics the planner misjudges every range
            }
        }
        Optional<Integer> window = levelWindowMonths(db);
        if (window.isPresent()) {
            OffsetDateTime from = now.minusMonths(window.get());
            try (PreparedStatement s = db.prepareStatement(LEVELS)) {
                s.setObject(1, from.toLocalDate());
                s.setObject(2, from);
                s.setLong(3, runId);
                s.executeUpdate();
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO scoring_run (run_id, as_of, customers, created_at) VALUES (?, ?, ?, ?)")) {
            s.setLong(1, runId);
            s.setObject(2, now);
            s.setLong(3, buyers + others);
            s.setObject(4, utc(Instant.now()));
            s.executeUpdate();
        }
        return buyers + others;
    }

    /** The run as prepared and applied so far, if it was prepared. */
    public static Optional<Run> run(Connection db, long runId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "SELECT as_of, customers, scored, tier_changes, stage_changes, level_changes FROM scoring_run"
                        + " WHERE run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new Run(
                                r.getObject(1, OffsetDateTime.class).toInstant(),
                                r.getLong(2),
                                r.getLong(3),
                                r.getLong(4),
                                r.getLong(5),
                                r.getLong(6)))
                        : Optional.empty();
            }
        }
    }

    /** Staged customers after the given id, for progress. */
    public static long remaining(Connection db, long runId, long afterId) throws SQLException {
        try (PreparedStatement s =
                db.prepareStatement("SELECT COUNT(*) FROM customer_score WHERE run_id = ? AND customer_id > ?")) {
            s.setLong(1, runId);
            s.setLong(2, afterId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The last id of the next range of at most {@code size} staged customers after {@code afterId}, if any remain. */
    public static Optional<Long> rangeEnd(Connection db, long runId, long afterId, int size) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT customer_id FROM customer_score WHERE run_id = ?"
                + " AND customer_id > ? ORDER BY customer_id OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
            s.setLong(1, runId);
            s.setLong(2, afterId);
            s.setInt(3, size - 1);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    return Optional.of(r.getLong(1));
                }
            }
        }
        try (PreparedStatement s = db.prepareStatement(
                "SELECT MAX(customer_id) FROM customer_score WHERE run_id = ? AND customer_id > ?")) {
            s.setLong(1, runId);
            s.setLong(2, afterId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long last = r.getLong(1);
                return r.wasNull() ? Optional.empty() : Optional.of(last);
            }
        }
    }

    /**
     * Applies the staged scores of customers with ids in (afterId, upToId] whose purchases did not change since the
     * run was prepared (they wait for the next run), recording each tier and stage change. Customers already
     * carrying these scores are left alone, so applying a range twice changes nothing the second time.
     */
    public static Applied apply(
            Connection db, long runId, long afterId, long upToId, String actor, Long executionId, Instant at)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement(LOCK)) {
            bind(s, 1, afterId, upToId, runId, afterId, upToId);
            s.executeQuery().close();
        }
        List<ScoredChange> changes = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(CHANGES)) {
            bind(s, 1, runId, afterId, upToId, afterId, upToId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(new ScoredChange(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            Tier.valueOf(r.getString(4)),
                            Tier.valueOf(r.getString(5)),
                            LifecycleStage.valueOf(r.getString(6)),
                            LifecycleStage.valueOf(r.getString(7))));
                }
            }
        }
        long tiers = history(db, TIER_HISTORY, runId, afterId, upToId, actor, executionId, at);
        long stages = history(db, STAGE_HISTORY, runId, afterId, upToId, actor, executionId, at);
        long levels = history(db, LEVEL_HISTORY, runId, afterId, upToId, actor, executionId, at);
        long scored;
        try (PreparedStatement s = db.prepareStatement(UPDATE)) {
            s.setLong(1, runId);
            s.setObject(2, utc(at));
            bind(s, 3, afterId, upToId, runId, afterId, upToId);
            scored = s.executeUpdate();
        }
        try (PreparedStatement s = db.prepareStatement("UPDATE scoring_run SET scored = scored + ?,"
                + " tier_changes = tier_changes + ?, stage_changes = stage_changes + ?,"
                + " level_changes = level_changes + ? WHERE run_id = ?")) {
            s.setLong(1, scored);
            s.setLong(2, tiers);
            s.setLong(3, stages);
            s.setLong(4, levels);
            s.setLong(5, runId);
            s.executeUpdate();
        }
        return new Applied(scored, tiers, stages, levels, changes);
    }

    /** The months the membership levels count over; empty while no levels are set. */
    private static Optional<Integer> levelWindowMonths(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT MAX(window_months) FROM membership_level");
                ResultSet r = s.executeQuery()) {
            r.next();
            int months = r.getInt(1);
            return r.wasNull() ? Optional.empty() : Optional.of(months);
        }
    }

    /** Removes the run's staging rows and its record. */
    public static void discard(Connection db, long runId) throws SQLException {
        for (String table : new String[] {"customer_score", "scoring_run"}) {
            try (PreparedStatement s = db.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                s.setLong(1, runId);
                s.executeUpdate();
            }
        }
    }

    private static long history(
            Connection db,
            String sql,
            long runId,
            long afterId,
            long upToId,
            String actor,
            Long executionId,
            Instant at)
            throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, actor);
            if (executionId == null) {
                s.setNull(2, java.sql.Types.BIGINT);
            } else {
                s.setLong(2, executionId);
            }
            s.setObject(3, utc(at));
            bind(s, 4, runId, afterId, upToId, afterId, upToId);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, int first, long... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setLong(first + i, values[i]);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
