package io.crm.followup;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.audit.Changes;
import io.crm.audit.ReadAudit;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.common.Cursor;
import io.crm.common.ExpectedVersion;
import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.TimeKey;
import io.crm.common.Times;
import io.crm.customer.Customer;
import io.crm.customer.Customers;
import io.crm.directory.Directory;
import io.crm.events.DomainEvents;
import io.crm.events.FollowUpCompleted;
import io.crm.events.FollowUpPlanned;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.PiiMasker;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import io.crm.permission.VisibilityRule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** The follow-up use cases, each checked by the guard and limited to the customers the caller may see. */
@Stateless
public class FollowUpService {

    /** Named anew when the cursor's position changed form, so that a cursor of the old form is refused, not misread. */
    static final String LIST = "follow-ups-2";

    static final String AUDITED = "follow-up";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    ReadAudit readAudit;

    @Inject
    ChangeLog changeLog;

    @Inject
    DomainEvents events;

    @Requires(Permission.FOLLOWUP_WRITE)
    public FollowUpView create(long customerId, FollowUpData raw) {
        Caller caller = currentCaller.get();
        FollowUpData data = raw.validate(caller.userId());
        requireKnownAssignee(caller, data.assigneeId(), null);
        Customers.visibleForReading(em, caller, customerId);
        FollowUp followUp = new FollowUp(customerId, caller.userId(), data, Times.now());
        em.persist(followUp);
        em.flush();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("customerId", new Change(null, Long.toString(customerId)));
        changes.putAll(changes(null, data));
        audit.recordWrite(caller.userId(), AuditAction.CREATE, AUDITED, Long.toString(followUp.id()), changes);
        changeLog.record(
                EntityType.FOLLOW_UP,
                followUp.id(),
                ChangeKind.CREATED,
                caller.userId(),
                ChangeFacts.under(customerId, List.of(ChangeFacts.STATUS + data.status())));
        announce(followUp, caller.userId());
        return FollowUpView.of(followUp, clear(caller), Instant.now());
    }

    /**
     * Opens a planned follow-up for the customer's owner on behalf of the system (the survey closed loop), in the
     * caller's transaction, audited as {@code actor}. Answers its id.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Unguarded("the survey closed loop opens it as the system, in the transaction of the answer")
    public long openForOwner(String actor, long customerId, FollowUpChannel channel, String content, Instant dueAt) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new IllegalStateException("customer " + customerId + " is gone");
        }
        FollowUpData data = new FollowUpData(
                        channel, content, null, null, dueAt, customer.ownerId(), FollowUpStatus.PLANNED)
                .validate(customer.ownerId());
        FollowUp followUp = new FollowUp(customerId, actor, data, Times.now());
        em.persist(followUp);
        em.flush();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("customerId", new Change(null, Long.toString(customerId)));
        changes.putAll(changes(null, data));
        audit.recordWrite(actor, AuditAction.CREATE, AUDITED, Long.toString(followUp.id()), changes);
        changeLog.record(
                EntityType.FOLLOW_UP,
                followUp.id(),
                ChangeKind.CREATED,
                actor,
                ChangeFacts.under(customerId, List.of(ChangeFacts.STATUS + data.status())));
        announce(followUp, actor);
        return followUp.id();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public FollowUpView get(long id) {
        Caller caller = currentCaller.get();
        FollowUp followUp = Customers.readableRecord(em, caller, FollowUp.class, AUDITED, id);
        if (clear(caller) && PiiMasker.hasPersonalData(followUp.data().searchableText())) {
            readAudit.record(caller.userId(), AUDITED, Long.toString(id));
        }
        return FollowUpView.of(followUp, clear(caller), Instant.now());
    }

    /**
     * Applies a change to the follow-up, if the caller read the current version (null accepts any). The change sees
     * the texts in clear; its result is validated like a new follow-up.
     */
    @Requires(Permission.FOLLOWUP_WRITE)
    public FollowUpView update(long id, Long expectedVersion, UnaryOperator<FollowUpData> change) {
        Caller caller = currentCaller.get();
        FollowUp followUp = Customers.changeableRecord(em, caller, FollowUp.class, AUDITED, id, expectedVersion);
        FollowUpData before = followUp.data();
        FollowUpData data = change.apply(before).validate(caller.userId());
        requireKnownAssignee(caller, data.assigneeId(), before.assigneeId());
        if (!clear(caller)
                && PiiMasker.hasPersonalData(before.searchableText())
                && !before.searchableText().equals(data.searchableText())) {
            throw new InvalidInputException(
                    "content",
                    "holds personal data you see masked; someone with customer:pii:read must change the texts");
        }
        followUp.apply(data, Times.now());
        ExpectedVersion.flush(em, AUDITED, id, followUp::version);
        Map<String, Change> changes = changes(before, data);
        audit.recordWrite(caller.userId(), AuditAction.UPDATE, AUDITED, Long.toString(id), changes);
        List<String> fields = new ArrayList<>(changes.keySet());
        if (before.status() != data.status()) {
            fields.add(ChangeFacts.STATUS + data.status());
        }
        changeLog.record(
                EntityType.FOLLOW_UP,
                id,
                ChangeKind.UPDATED,
                caller.userId(),
                ChangeFacts.under(followUp.customerId(), fields));
        if (before.status() != FollowUpStatus.DONE && data.status() == FollowUpStatus.DONE) {
            announce(followUp, caller.userId());
        }
        return FollowUpView.of(followUp, clear(caller), Instant.now());
    }

    /**
     * Deleting needs its own permission and write access to the customer (by scope or a WRITE share: a READ share
     * never lets anyone delete); the audit entry keeps what was deleted (texts masked).
     */
    @Requires(Permission.FOLLOWUP_DELETE)
    public void delete(long id, Long expectedVersion) {
        Caller caller = currentCaller.get();
        FollowUp followUp = Customers.readableRecord(em, caller, FollowUp.class, AUDITED, id);
        Customers.writable(em, caller, followUp.customerId(), LockModeType.NONE);
        ExpectedVersion.check(AUDITED, id, expectedVersion, followUp.version());
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("customerId", new Change(Long.toString(followUp.customerId()), null));
        changes.putAll(changes(followUp.data(), null));
        em.remove(followUp);
        em.flush();
        audit.recordWrite(caller.userId(), AuditAction.DELETE, AUDITED, Long.toString(id), changes);
        changeLog.record(EntityType.FOLLOW_UP, id, ChangeKind.DELETED, caller.userId());
    }

    /** Follow-ups on customers the caller may see, by due time (those without one last), then by id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<FollowUpView> list(FollowUpFilter filter, PageRequest page) {
        Caller caller = currentCaller.get();
        if (filter.customerId() != null) {
            Customers.visibleForReading(em, caller, filter.customerId());
        }
        if (FollowUpFilter.ME.equals(filter.assigneeId())) {
            filter = filter.withAssignee(caller.userId());
        }
        Instant now = Instant.now();
        String fingerprint = Cursor.fingerprint(
                filter.customerId(), filter.assigneeId(), filter.status(), filter.dueBefore(), filter.overdue());
        Map<String, Object> params = new HashMap<>();
        JpqlCondition visibility = VisibilityRule.jpqlWithShares(caller, "c");
        StringBuilder where = new StringBuilder("c.id = f.customerId AND ").append(visibility.jpql());
        params.putAll(visibility.parameters());
        condition(where, params, "f.customerId = :customer", "customer", filter.customerId());
        condition(where, params, "f.assigneeId = :assignee", "assignee", filter.assigneeId());
        condition(where, params, "f.status = :status", "status", filter.status());
        condition(where, params, "f.dueAt < :dueBefore", "dueBefore", Times.utc(filter.dueBefore()));
        if (filter.overdue() != null) {
            params.put("planned", FollowUpStatus.PLANNED);
            params.put("now", Times.utc(now));
            where.append(
                    filter.overdue()
                            ? " AND f.status = :planned AND f.dueAt < :now"
                            : " AND (f.status <> :planned OR f.dueAt IS NULL OR f.dueAt >= :now)");
        }
        if (page.cursor() != null) {
            TimeKey after = TimeKey.parse(
                    Cursor.decode(page.cursor(), LIST, fingerprint).position());
            params.put("afterId", after.id());
            if (after.time() == null) {
                where.append(" AND f.dueAt IS NULL AND f.id > :afterId");
            } else {
                params.put("afterDue", Times.utc(after.time()));
                where.append(
                        " AND (f.dueAt > :afterDue OR (f.dueAt = :afterDue AND f.id > :afterId) OR f.dueAt IS NULL)");
            }
        }
        TypedQuery<FollowUp> query = LimitedQueries.readOnly(
                em,
                "SELECT f FROM FollowUp f, Customer c WHERE " + where + " ORDER BY f.dueAt ASC NULLS LAST, f.id ASC",
                FollowUp.class,
                page.limit() + 1);
        params.forEach(query::setParameter);
        Page<FollowUp> rows = Page.of(
                query.getResultList(),
                page,
                LIST,
                fingerprint,
                f -> new TimeKey(f.data().dueAt(), f.id()).position());
        List<String> personal = rows.items().stream()
                .filter(f -> clear(caller) && PiiMasker.hasPersonalData(f.data().searchableText()))
                .map(f -> Long.toString(f.id()))
                .toList();
        if (!personal.isEmpty()) {
            readAudit.record(caller.userId(), AUDITED, personal);
        }
        return rows.map(f -> FollowUpView.of(f, clear(caller), now));
    }

    private void requireKnownAssignee(Caller caller, String assigneeId, String current) {
        if (!assigneeId.equals(caller.userId())
                && !assigneeId.equals(current)
                && directory.user(assigneeId).isEmpty()) {
            throw new InvalidInputException("assigneeId", "is not a user the CRM knows");
        }
    }

    private static void condition(
            StringBuilder where, Map<String, Object> params, String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
    }

    /** The fields that differ (all set ones when before or after is null), texts as the trail keeps them. */
    /** A follow-up created, or changed to DONE: planned or completed for the platform's observers. */
    private void announce(FollowUp followUp, String actor) {
        Instant now = Times.instant(Times.now());
        if (followUp.status() == FollowUpStatus.PLANNED) {
            events.fire(new FollowUpPlanned(
                    followUp.id(),
                    followUp.customerId(),
                    followUp.assigneeId(),
                    followUp.data().dueAt(),
                    actor,
                    now));
        } else if (followUp.status() == FollowUpStatus.DONE) {
            events.fire(new FollowUpCompleted(followUp.id(), followUp.customerId(), actor, now));
        }
    }

    static Map<String, Change> changes(FollowUpData before, FollowUpData after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        field(changes, "channel", before == null ? null : before.channel(), after == null ? null : after.channel());
        text(changes, "content", before == null ? null : before.content(), after == null ? null : after.content());
        text(changes, "outcome", before == null ? null : before.outcome(), after == null ? null : after.outcome());
        text(changes, "nextStep", before == null ? null : before.nextStep(), after == null ? null : after.nextStep());
        field(changes, "dueAt", before == null ? null : before.dueAt(), after == null ? null : after.dueAt());
        field(
                changes,
                "assigneeId",
                before == null ? null : before.assigneeId(),
                after == null ? null : after.assigneeId());
        field(changes, "status", before == null ? null : before.status(), after == null ? null : after.status());
        return changes;
    }

    private static void field(Map<String, Change> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(
                    name,
                    new Change(before == null ? null : before.toString(), after == null ? null : after.toString()));
        }
    }

    private static void text(Map<String, Change> changes, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(name, new Change(Changes.forTrail(before), Changes.forTrail(after)));
        }
    }

    private static boolean clear(Caller caller) {
        return caller.has(Permission.CUSTOMER_PII_READ);
    }
}
