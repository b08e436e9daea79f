package io.crm.survey;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.JpqlCondition;
import io.crm.common.QueryTimeout;
import io.crm.permission.Caller;
import io.crm.permission.Unguarded;
import io.crm.permission.VisibilityRule;
import io.crm.segment.SegmentService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The nps-scoring job's work: score histograms of every survey by month, tier, stage, owner and region (one
 * pass over the responses, by cohort) and by segment, written as one complete run that
 * replaces the previous one in a single transaction. The arithmetic on the histograms is {@link NpsCalculator}'s.
 */
@Stateless
@Unguarded("the nps-scoring job, which runs as the system, and SurveyResults within its checked call")
public class SurveyScoring {

    public static final String JOB = "nps-scoring";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    SegmentService segments;

    @Inject
    AuditTrail audit;

    /** Computes a complete run and makes it the one scores are read from; answers the histogram rows written. */
    public long run(long runId) {
        long rows;
        try (Connection db = dataSource.getConnection()) {
            exec(db, "DELETE FROM survey_score WHERE run_id = " + runId);
            exec(db, "DELETE FROM survey_score_run WHERE run_id = " + runId);
            exec(db, "INSERT INTO survey_score_run (run_id) VALUES (" + runId + ")");
            rows = byColumns(db, runId);
            rows += byLevel(db, runId);
            rows += bySegment(db, runId);
            try (PreparedStatement s =
                    db.prepareStatement("UPDATE survey_score_run SET completed_at = ? WHERE run_id = ?")) {
                s.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
                s.setLong(2, runId);
                s.executeUpdate();
            }
            exec(db, "DELETE FROM survey_score WHERE run_id <> " + runId);
            exec(db, "DELETE FROM survey_score_run WHERE run_id <> " + runId);
        } catch (SQLException e) {
            throw new IllegalStateException("Scoring surveys failed in the database: " + e.getMessage(), e);
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("histogramRows", new Change(null, Long.toString(rows)));
        audit.recordWrite(
                AuditTrail.systemActor(JOB), AuditAction.UPDATE, "survey-scores", Long.toString(runId), changes);
        return rows;
    }

    /**
     * One GROUP BY over the responses by cohort and score, read in key order from their index (PostgreSQL runs it in
     * parallel), joined to the cohorts; then the roll-up to each grouping here: cohorts are far fewer than responses,
     * and histograms fewer still. The rows are fetched at once: a cursor (a fetch size inside a transaction) would
     * keep PostgreSQL from running the GROUP BY in parallel.
     */
    private static long byColumns(Connection db, long runId) throws SQLException {
        Map<List<Object>, Long> histograms = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT c.survey_id, c.response_month, h.score, c.tier, c.lifecycle_stage, c.owner_id, c.region,"
                                + " h.responses FROM (SELECT cohort_id, score, COUNT(*) AS responses FROM survey_response GROUP BY cohort_id, score) h"
                                + " JOIN survey_cohort c ON c.id = h.cohort_id")) {
            while (r.next()) {
                long survey = r.getLong(1);
                String month = r.getString(2);
                int score = r.getInt(3);
                String region = r.getString(7);
                long n = r.getLong(8);
                histograms.merge(List.of(survey, ScoreGrouping.MONTH.apiName(), month, month, score), n, Long::sum);
                histograms.merge(
                        List.of(survey, ScoreGrouping.TIER.apiName(), r.getString(4), month, score), n, Long::sum);
                histograms.merge(
                        List.of(survey, ScoreGrouping.LIFECYCLE_STAGE.apiName(), r.getString(5), month, score),
                        n,
                        Long::sum);
                histograms.merge(
                        List.of(survey, ScoreGrouping.OWNER.apiName(), r.getString(6), month, score), n, Long::sum);
                histograms.merge(
                        List.of(
                                survey,
                                ScoreGrouping.REGION.apiName(),
                                region.isEmpty() ? ScoreGrouping.NONE : region,
                                month,
                                score),
                        n,
                        Long::sum);
            }
        }
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO survey_score (run_id, survey_id, group_by, group_value,"
                        + " score_month, score, responses) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<List<Object>, Long> h : histograms.entrySet()) {
                List<Object> key = h.getKey();
                insert.setLong(1, runId);
                insert.setLong(2, (Long) key.get(0));
                insert.setString(3, (String) key.get(1));
                insert.setString(4, (String) key.get(2));
                insert.setString(5, (String) key.get(3));
                insert.setInt(6, (Integer) key.get(4));
                insert.setLong(7, h.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return histograms.size();
    }

    /** Levels are the customers' now, like segments: one GROUP BY over the responses joined to their customers. */
    private static long byLevel(Connection db, long runId) throws SQLException {
        return exec(
                db,
                "INSERT INTO survey_score (run_id, survey_id, group_by, group_value, score_month, score, responses)"
                        + " SELECT " + runId + ", r.survey_id, '" + ScoreGrouping.LEVEL.apiName() + "',"
                        + " COALESCE(c.membership_level, '" + ScoreGrouping.NONE + "'), r.response_month, r.score,"
                        + " COUNT(*) FROM survey_response r JOIN customer c ON c.id = r.customer_id"
                        + " GROUP BY r.survey_id, COALESCE(c.membership_level, '" + ScoreGrouping.NONE + "'),"
                        + " r.response_month, r.score");
    }

    /** Segments are evaluated as they are now, over the responses of the customers in them. */
    private long bySegment(Connection db, long runId) throws SQLException {
        List<Long> ids = segmentIds();
        long rows = 0;
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO survey_score (run_id, survey_id, group_by, group_value,"
                        + " score_month, score, responses) VALUES (?, ?, 'segment', ?, ?, ?, ?)")) {
            for (Long segment : ids) {
                JpqlCondition condition = segments.condition(segment);
                TypedQuery<Object[]> q = em.createQuery(
                        "SELECT r.surveyId, r.month, r.score, COUNT(r) FROM SurveyAnswer r, Customer c"
                                + " WHERE r.customerId = c.id AND " + condition.jpql()
                                + " GROUP BY r.surveyId, r.month, r.score",
                        Object[].class);
                condition.parameters().forEach(q::setParameter);
                for (Object[] row : q.getResultList()) {
                    insert.setLong(1, runId);
                    insert.setLong(2, (Long) row[0]);
                    insert.setString(3, segment.toString());
                    insert.setString(4, (String) row[1]);
                    insert.setInt(5, (Integer) row[2]);
                    insert.setLong(6, (Long) row[3]);
                    insert.addBatch();
                    rows++;
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private List<Long> segmentIds() {
        return em.createQuery("SELECT s.id FROM Segment s ORDER BY s.id", Long.class)
                .getResultList();
    }

    private static long exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** The histograms of one survey and grouping over the months in [from, to] of the latest run, by group. */
    public Map<String, Map<Integer, Long>> histograms(
            long surveyId, ScoreGrouping grouping, String fromMonth, String toMonth) {
        Map<String, Map<Integer, Long>> groups = new LinkedHashMap<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("SELECT group_value, score, SUM(responses) FROM survey_score"
                        + " WHERE run_id = (SELECT MAX(run_id) FROM survey_score_run WHERE completed_at IS NOT NULL)"
                        + " AND survey_id = ? AND group_by = ? AND score_month >= ? AND score_month <= ? GROUP BY group_value, score"
                        + " ORDER BY group_value, score")) {
            s.setLong(1, surveyId);
            s.setString(2, grouping.apiName());
            s.setString(3, fromMonth);
            s.setString(4, toMonth);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    groups.computeIfAbsent(r.getString(1), k -> new LinkedHashMap<>())
                            .put(r.getInt(2), r.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading survey scores failed: " + e.getMessage(), e);
        }
        return groups;
    }

    /**
     * The histograms of one survey and grouping over the months in [from, to], computed now over the responses of the
     * customers the caller reaches: the same groups as a run (the cohort's tier, stage, owner and region when the
     * response came in; segments as they are now), filtered by the one visibility rule.
     */
    public Map<String, Map<Integer, Long>> histogramsInReach(
            Caller caller, long surveyId, ScoreGrouping grouping, String fromMonth, String toMonth) {
        Map<String, Map<Integer, Long>> groups = new TreeMap<>();
        if (grouping == ScoreGrouping.SEGMENT) {
            for (Long segment : segmentIds()) {
                JpqlCondition condition = segments.condition(segment);
                Map<String, Map<Integer, Long>> one = new TreeMap<>();
                count(
                        caller,
                        surveyId,
                        "r.surveyId",
                        condition.jpql(),
                        condition.parameters(),
                        fromMonth,
                        toMonth,
                        one);
                one.values().forEach(histogram -> groups.put(segment.toString(), histogram));
            }
        } else {
            String group = switch (grouping) {
                case MONTH -> "r.month";
                case TIER -> "co.tier";
                case LIFECYCLE_STAGE -> "co.lifecycleStage";
                case OWNER -> "co.ownerId";
                case REGION -> "co.region";
                case LEVEL -> "c.membershipLevel";
                case SEGMENT -> throw new IllegalStateException();
            };
            count(caller, surveyId, group, "1 = 1", Map.of(), fromMonth, toMonth, groups);
        }
        if (groups.containsKey("")) { // no region, or no level
            groups.put(ScoreGrouping.NONE, groups.remove(""));
        }
        return groups;
    }

    private void count(
            Caller caller,
            long surveyId,
            String group,
            String condition,
            Map<String, Object> parameters,
            String fromMonth,
            String toMonth,
            Map<String, Map<Integer, Long>> groups) {
        JpqlCondition visible = VisibilityRule.jpqlWithShares(caller, "c");
        TypedQuery<Object[]> q = QueryTimeout.on(em.createQuery(
                "SELECT " + group + ", r.score, COUNT(r)"
                        + " FROM SurveyAnswer r, SurveyCohort co, Customer c WHERE r.cohortId = co.id AND r.customerId = c.id AND r.surveyId = :survey AND r.month >= :fromMonth"
                        + " AND r.month <= :toMonth AND " + condition + " AND " + visible.jpql() + " GROUP BY " + group
                        + ", r.score",
                Object[].class));
        q.setParameter("survey", surveyId).setParameter("fromMonth", fromMonth).setParameter("toMonth", toMonth);
        parameters.forEach(q::setParameter);
        visible.parameters().forEach(q::setParameter);
        for (Object[] row : q.getResultList()) {
            groups.computeIfAbsent(row[0] == null ? "" : row[0].toString(), k -> new TreeMap<>())
                    .merge((Integer) row[1], (Long) row[2], Long::sum);
        }
    }

    /** When the scores read now were computed, if ever. */
    public Optional<OffsetDateTime> computedAt() {
        try (Connection db = dataSource.getConnection();
                Statement s = db.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT MAX(completed_at) FROM survey_score_run WHERE completed_at IS NOT NULL")) {
            return r.next() ? Optional.ofNullable(r.getObject(1, OffsetDateTime.class)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading survey scores failed: " + e.getMessage(), e);
        }
    }
}
