package io.crm.survey;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.customer.ConsentChannel;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import io.crm.segment.SegmentService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The survey-dispatch job's work, as {@code system:survey-dispatch}, in the caller's (the chunk's) transaction: the
 * audience in stable id order, the decision for each customer, and the invitations and skips written in batches.
 * The unique key (dispatch, customer) makes a second invitation of a customer in one dispatch impossible.
 */
@Stateless
@Unguarded("the steps of the survey-dispatch job, which runs as the system")
public class SurveyDispatching {

    public static final String JOB = "survey-dispatch";
    static final String AUDITED = "survey-dispatch";
    /** 32 random bytes: 256 bits, 43 characters of base64url. */
    static final int TOKEN_BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    SegmentService segments;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SurveyInvitationsReady> ready;

    /** A customer of the audience, with what the decision needs. */
    public record Candidate(long customerId, boolean consented, boolean reachable) {}

    /** What the dispatch needs of its survey, fixed when it begins. */
    public record Plan(long surveyId, ConsentChannel channel, int fatigueDays, int validDays, Long segmentId) {}

    /** Records the dispatch (once, whatever the restarts) and answers its plan; fails if the survey cannot be sent. */
    public Plan begin(long dispatchId, long surveyId) {
        Survey survey = em.find(Survey.class, surveyId);
        if (survey == null) {
            throw new IllegalStateException("Survey " + surveyId + " does not exist.");
        }
        if (survey.segmentId() != null) {
            segments.condition(survey.segmentId()); // fails clearly if the segment is gone
        }
        Long existing = surveyOf(dispatchId);
        if (existing != null && existing != surveyId) {
            throw new IllegalStateException(
                    "Dispatch " + dispatchId + " belongs to survey " + existing + ", not " + surveyId + ".");
        }
        if (existing == null) {
            em.persist(new SurveyDispatch(dispatchId, surveyId, OffsetDateTime.now(ZoneOffset.UTC)));
            audit.recordWrite(
                    AuditTrail.systemActor(JOB),
                    AuditAction.CREATE,
                    AUDITED,
                    Long.toString(dispatchId),
                    Map.of("surveyId", new Change(null, Long.toString(surveyId))));
        } else {
            // a restart or a resume: the dispatch is open again (its segment is protected again) until it completes
            if (em.createNativeQuery(
                                    "UPDATE survey_dispatch SET completed_at = NULL WHERE dispatch_id = ? AND completed_at IS NOT NULL")
                            .setParameter(1, dispatchId)
                            .executeUpdate()
                    == 1) {
                audit.recordWrite(
                        AuditTrail.systemActor(JOB),
                        AuditAction.UPDATE,
                        AUDITED,
                        Long.toString(dispatchId),
                        Map.of(
                                "completedAt",
                                new Change("set", null),
                                "reopenedBy",
                                new Change(null, "restart or resume")));
            }
        }
        return new Plan(surveyId, survey.channel(), survey.fatigueDays(), survey.validDays(), survey.segmentId());
    }

    /** The dispatch has decided on its whole audience: it no longer reads its segment (see SegmentService). */
    public void completed(long dispatchId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int changed = em.createNativeQuery(
                        "UPDATE survey_dispatch SET completed_at = ? WHERE dispatch_id = ? AND completed_at IS NULL")
                .setParameter(1, now)
                .setParameter(2, dispatchId)
                .executeUpdate();
        if (changed == 1) {
            audit.recordWrite(
                    AuditTrail.systemActor(JOB),
                    AuditAction.UPDATE,
                    AUDITED,
                    Long.toString(dispatchId),
                    Map.of("completedAt", new Change(null, now.toInstant().toString())));
        }
    }

    /** Refuses to resume a dispatch that is not one of the survey's (asked by whoever starts the resuming execution). */
    @Requires(Permission.JOB_OPERATE)
    public void requireResumable(long surveyId, long dispatchId) {
        Long survey = surveyOf(dispatchId);
        if (survey == null || survey != surveyId) {
            throw new InvalidInputException("resume", "is not a dispatch of this survey");
        }
    }

    /**
     * The last customer the dispatch decided on: its invitations, skips and checkpoint commit together, so the
     * database knows where it stands even when the job repository does not (a server killed mid-run).
     */
    public long progress(long dispatchId) {
        Object max = em.createNativeQuery(
                        "SELECT MAX(m) FROM (SELECT MAX(customer_id) AS m FROM survey_invitation WHERE dispatch_id = ?"
                                + " UNION ALL SELECT MAX(customer_id) AS m FROM survey_skip WHERE dispatch_id = ?) decided")
                .setParameter(1, dispatchId)
                .setParameter(2, dispatchId)
                .getSingleResult();
        return max == null ? 0 : ((Number) max).longValue();
    }

    private Long surveyOf(long dispatchId) {
        return em.createQuery("SELECT d.surveyId FROM SurveyDispatch d WHERE d.dispatchId = :d", Long.class)
                .setParameter("d", dispatchId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** How many customers of the audience have an id above {@code afterId}, for progress. */
    public long remaining(Plan plan, long afterId) {
        JpqlCondition condition = audience(plan);
        TypedQuery<Long> q = em.createQuery(
                        "SELECT COUNT(c) FROM Customer c WHERE c.id > :after AND " + condition.jpql(), Long.class)
                .setParameter("after", afterId);
        condition.parameters().forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The next customers of the audience after {@code afterId}, in id order. */
    public List<Candidate> candidates(Plan plan, long afterId, int limit) {
        JpqlCondition condition = audience(plan);
        String consent = switch (plan.channel()) {
            case EMAIL -> "c.consents.email";
            case SMS -> "c.consents.sms";
            case WECHAT -> "c.consents.wechat";
            case PHONE -> "c.consents.phone";
        };
        String contact = switch (plan.channel()) {
            case EMAIL -> "c.emails";
            case SMS, PHONE -> "c.phones";
            case WECHAT -> "c.wechatId";
        };
        TypedQuery<Object[]> q = em.createQuery(
                        "SELECT c.id, " + consent + ", " + contact + " FROM Customer c WHERE c.id > :after AND "
                                + condition.jpql() + " ORDER BY c.id",
                        Object[].class)
                .setParameter("after", afterId)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setMaxResults(limit);
        condition.parameters().forEach(q::setParameter);
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] row : q.getResultList()) {
            Object reach = row[2];
            boolean reachable =
                    reach instanceof Collection<?> list ? !list.isEmpty() : reach instanceof String s && !s.isBlank();
            candidates.add(new Candidate((Long) row[0], Boolean.TRUE.equals(row[1]), reachable));
        }
        return candidates;
    }

    /**
     * Decides for each candidate and writes the invitations and skips of one chunk; answers the number invited.
     * Fatigue counts invitations of any survey within the survey's fatigue days, other than this dispatch's own.
     */
    public int dispatch(Plan plan, long dispatchId, long executionId, List<Candidate> chunk) {
        Instant now = Instant.now();
        Map<Long, SkipReason> skips = new LinkedHashMap<>();
        List<Long> eligible = new ArrayList<>();
        for (Candidate c : chunk) {
            if (!c.consented()) {
                skips.put(c.customerId(), SkipReason.NO_CONSENT);
            } else if (!c.reachable()) {
                skips.put(c.customerId(), SkipReason.NO_CONTACT);
            } else {
                eligible.add(c.customerId());
            }
        }
        try (Connection db = dataSource.getConnection()) {
            Set<Long> tired = plan.fatigueDays() == 0
                    ? Set.of()
                    : recentlyInvited(db, eligible, now.minus(Duration.ofDays(plan.fatigueDays())), dispatchId);
            List<Long> invite = new ArrayList<>();
            for (Long id : eligible) {
                if (tired.contains(id)) {
                    skips.put(id, SkipReason.FATIGUE);
                } else {
                    invite.add(id);
                }
            }
            insertInvitations(db, plan, dispatchId, executionId, invite, now);
            insertSkips(db, plan, dispatchId, executionId, skips, now);
            if (!invite.isEmpty()) {
                ready.fire(new SurveyInvitationsReady(plan.surveyId(), dispatchId, invite.size()));
            }
            if (!chunk.isEmpty()) {
                // one entry per chunk, committed with it: the invitations are many, the decision is the chunk's
                Map<String, Change> changes = new LinkedHashMap<>();
                changes.put("executionId", new Change(null, Long.toString(executionId)));
                changes.put(
                        "customers",
                        new Change(
                                null,
                                chunk.get(0).customerId() + ".."
                                        + chunk.get(chunk.size() - 1).customerId()));
                changes.put("invited", new Change(null, invite.size()));
                changes.put("skipped", new Change(null, skips.size()));
                audit.recordWrite(
                        AuditTrail.systemActor(JOB), AuditAction.UPDATE, AUDITED, Long.toString(dispatchId), changes);
            }
            return invite.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing invitations failed: " + e.getMessage(), e);
        }
    }

    /** Invited and skipped customers of a dispatch, and the skips by reason. */
    public Map<String, Long> totals(long dispatchId) {
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put(
                "invited",
                em.createQuery("SELECT COUNT(i) FROM SurveyInvitation i WHERE i.dispatchId = :d", Long.class)
                        .setParameter("d", dispatchId)
                        .getSingleResult());
        for (SkipReason reason : SkipReason.values()) {
            totals.put(
                    reason.name(),
                    ((Number) em.createNativeQuery(
                                            "SELECT COUNT(*) FROM survey_skip WHERE dispatch_id = ? AND reason = ?")
                                    .setParameter(1, dispatchId)
                                    .setParameter(2, reason.name())
                                    .getSingleResult())
                            .longValue());
        }
        return totals;
    }

    private JpqlCondition audience(Plan plan) {
        return plan.segmentId() == null ? new JpqlCondition("1 = 1", Map.of()) : segments.condition(plan.segmentId());
    }

    /**
     * The customers of a chunk invited by another dispatch since {@code since}: one range over the fatigue index from
     * the chunk's first customer to its last (the chunk is in id order), rather than a list of thousands of ids.
     */
    private static Set<Long> recentlyInvited(Connection db, List<Long> ids, Instant since, long dispatchId)
            throws SQLException {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> tired = new HashSet<>();
        try (PreparedStatement s =
                db.prepareStatement("SELECT DISTINCT customer_id FROM survey_invitation WHERE customer_id >= ?"
                        + " AND customer_id <= ? AND created_at >= ? AND dispatch_id <> ?")) {
            s.setLong(1, ids.get(0));
            s.setLong(2, ids.get(ids.size() - 1));
            s.setObject(3, since.atOffset(ZoneOffset.UTC));
            s.setLong(4, dispatchId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tired.add(r.getLong(1));
                }
            }
        }
        return tired;
    }

    private static void insertInvitations(
            Connection db, Plan plan, long dispatchId, long executionId, List<Long> ids, Instant now)
            throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        OffsetDateTime created = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime expires = created.plusDays(plan.validDays());
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO survey_invitation (survey_id, dispatch_id, execution_id,"
                        + " customer_id, channel, token, status, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")) {
            for (Long id : ids) {
                s.setLong(1, plan.surveyId());
                s.setLong(2, dispatchId);
                s.setLong(3, executionId);
                s.setLong(4, id);
                s.setString(5, plan.channel().name());
                s.setString(6, token());
                s.setObject(7, created);
                s.setObject(8, expires);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertSkips(
            Connection db, Plan plan, long dispatchId, long executionId, Map<Long, SkipReason> skips, Instant now)
            throws SQLException {
        if (skips.isEmpty()) {
            return;
        }
        try (PreparedStatement s =
                db.prepareStatement("INSERT INTO survey_skip (dispatch_id, customer_id, survey_id, execution_id,"
                        + " reason, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, SkipReason> e : skips.entrySet()) {
                s.setLong(1, dispatchId);
                s.setLong(2, e.getKey());
                s.setLong(3, plan.surveyId());
                s.setLong(4, executionId);
                s.setString(5, e.getValue().name());
                s.setObject(6, now.atOffset(ZoneOffset.UTC));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** An unguessable single-use token from a secure random source. */
    static String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
