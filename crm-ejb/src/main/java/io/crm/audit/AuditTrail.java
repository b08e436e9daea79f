package io.crm.audit;

import io.crm.common.Cursor;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.Times;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.persistence.sessions.Session;

/**
 * The audit trail: services record each write in the transaction of the write and each read of personal data in
 * clear; auditors search it, the last recorded first.
 */
@Stateless
public class AuditTrail {

    static final String LIST = "audit";
    public static final String SYSTEM_PREFIX = "system:";
    /**
     * The partial GIN index's condition and expression (migration V10_2, PostgreSQL), so that the lookup uses it: the
     * entries under the id's block, of which those that name the id itself.
     */
    private static final String NAMED_AMONG_OTHERS_POSTGRES = "(a.entityIdBlocks IS NOT NULL AND "
            + holdsWord("a.entityIdBlocks", ":block") + " AND " + holdsWord("a.entityIds", ":id") + ")";
    /** Elsewhere (H2, the embedded database) a scan of the reads of several records. */
    private static final String NAMED_AMONG_OTHERS = "LOCATE(:spacedId, CONCAT(' ', a.entityIds, ' ')) > 0";

    private static final Pattern JOB_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RequestOrigin origin;

    /** The actor a batch job acts as: {@code system:} and the job's kebab-case name. */
    public static String systemActor(String jobName) {
        if (jobName == null || !JOB_NAME.matcher(jobName).matches()) {
            throw new IllegalArgumentException("a job name is kebab-case, not " + jobName);
        }
        return SYSTEM_PREFIX + jobName;
    }

    /**
     * Records a write; it needs the writer's transaction, so that the entry commits or rolls back with the change.
     * {@code changes} may be null when the write has no field values to show.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("records the write of a service or job in its transaction; the writer checked its caller")
    public void recordWrite(
            String actor, AuditAction action, String entityType, String entityId, Map<String, Change> changes) {
        if (action == AuditAction.READ_PII) {
            throw new IllegalArgumentException("a read is recorded with ReadAudit");
        }
        em.persist(new AuditEntry(
                Times.now(),
                actor,
                action,
                entityType,
                entityId,
                changes == null ? null : Changes.toJson(changes),
                origin.source()));
    }

    /** Entries matching the filter, the last recorded first; for callers with {@code audit:read} only. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.AUDIT_READ)
    public Page<AuditEntryView> search(AuditFilter filter, PageRequest page) {
        String fingerprint = Cursor.fingerprint(filter);
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        condition(where, params, "a.entityType = :type", "type", filter.entityType());
        if (filter.entityId() != null) {
            // an entry about that record alone, or a read of several (a list page) that named it among others
            boolean postgres = em.getEntityManagerFactory()
                    .unwrap(Session.class)
                    .getPlatform()
                    .isPostgreSQL();
            where.add("(a.entityId = :id OR " + (postgres ? NAMED_AMONG_OTHERS_POSTGRES : NAMED_AMONG_OTHERS) + ")");
            params.put("id", filter.entityId());
            if (postgres) {
                params.put("block", IdBlocks.of(filter.entityId()));
            } else {
                params.put("spacedId", " " + filter.entityId() + " ");
            }
        }
        condition(where, params, "a.actor = :actor", "actor", filter.actor());
        condition(where, params, "a.occurredAt >= :from", "from", Times.utc(filter.from()));
        condition(where, params, "a.occurredAt < :to", "to", Times.utc(filter.to()));
        if (page.cursor() != null) {
            condition(
                    where,
                    params,
                    "a.id < :before",
                    "before",
                    Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong());
        }
        // by record: "a.id + 0" keeps PostgreSQL from walking the primary key backwards through the whole trail (it
        // cannot estimate how often a record appears in the GIN index, so it expects matches everywhere); it combines
        // both indexes of the record instead and sorts what they found (benchmarks.md: 8-23 ms against 70-520 ms)
        String order = filter.entityId() != null ? " ORDER BY a.id + 0 DESC" : " ORDER BY a.id DESC";
        String jpql =
                "SELECT a FROM AuditEntry a" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
        TypedQuery<AuditEntry> query = LimitedQueries.readOnly(em, jpql, AuditEntry.class, page.limit() + 1);
        params.forEach(query::setParameter);
        List<AuditEntry> rows = query.getResultList();

        return Page.of(rows, page, LIST, fingerprint, e -> Long.toString(e.id()))
                .map(AuditEntryView::of);
    }

    /** PostgreSQL: whether a column of space-separated words holds the parameter's word, whole. */
    private static String holdsWord(String column, String parameter) {
        return "SQL('string_to_array(?, '' '') @> ARRAY[CAST(? AS text)]', " + column + ", " + parameter + ")";
    }

    private static void condition(
            List<String> where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            params.put(name, value);
        }
    }
}
