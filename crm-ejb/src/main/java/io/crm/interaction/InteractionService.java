package io.crm.interaction;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.AccessDeniedException;
import io.crm.common.BulkWrites;
import io.crm.common.CrmException;
import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.common.ItemOutcome;
import io.crm.common.LimitedQueries;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.TimeKey;
import io.crm.common.Times;
import io.crm.customer.CustomerShare;
import io.crm.customer.Customers;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.VisibilityRule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.persistence.sessions.Session;

/**
 * Records what customers did, for host apps: one interaction, or a batch of up to {@link #MAX_BATCH} whose items
 * succeed or fail one by one. Writing needs customer:write of each item's customer (another's customer: 404 for that
 * item, one shared for reading only: 403). A batch is stored in one transaction by one batched INSERT, not an entity
 * per row; an externalId already stored for the customer answers the stored interaction and stores nothing.
 */
@Stateless
public class InteractionService {

    static final String LIST = "interactions";
    public static final int MAX_BATCH = BulkWrites.MAX_ITEMS;

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    /** Records one interaction; the outcome says whether it was stored now or before (its externalId). */
    @Requires(Permission.CUSTOMER_WRITE)
    public ItemOutcome<InteractionView> record(InteractionReport report) {
        ItemOutcome<InteractionView> outcome = recordAll(List.of(report)).get(0);
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return outcome;
    }

    /** Records a batch; the outcomes are in the order of the reports. */
    @Requires(Permission.CUSTOMER_WRITE)
    public List<ItemOutcome<InteractionView>> recordAll(List<InteractionReport> reports) {
        if (reports.size() > MAX_BATCH) {
            throw new InvalidInputException("items", "must be at most " + MAX_BATCH + " interactions");
        }
        Caller caller = currentCaller.get();
        Instant now = Instant.now();
        List<String> types = InteractionTypes.configured();
        @SuppressWarnings("unchecked")
        ItemOutcome<InteractionView>[] outcomes = new ItemOutcome[reports.size()];
        InteractionData[] valid = new InteractionData[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            InteractionReport r = reports.get(i);
            try {
                valid[i] = InteractionData.validate(
                        r.customerId(),
                        r.type(),
                        r.occurredAt(),
                        r.channel(),
                        r.properties(),
                        r.externalId(),
                        types,
                        now);
            } catch (InvalidInputException e) {
                outcomes[i] = ItemOutcome.refused(e);
            }
        }
        Map<Long, CrmException> refusedCustomers = refusedCustomers(caller, valid);
        Session session = em.unwrap(Session.class);
        Connection db = em.unwrap(Connection.class);
        OffsetDateTime stamp = Times.utc(now);
        try {
            Set<InteractionRows.ExternalKey> keys = new HashSet<>();
            for (int i = 0; i < valid.length; i++) {
                InteractionData d = valid[i];
                if (d != null && refusedCustomers.containsKey(d.customerId())) {
                    outcomes[i] = ItemOutcome.refused(refusedCustomers.get(d.customerId()));
                    valid[i] = null;
                } else if (d != null && d.externalId() != null) {
                    keys.add(new InteractionRows.ExternalKey(d.customerId(), d.externalId()));
                }
            }
            Map<InteractionRows.ExternalKey, Long> stored =
                    keys.isEmpty() ? Map.of() : InteractionRows.stored(db, keys);
            Map<InteractionRows.ExternalKey, InteractionView> inThisBatch = new HashMap<>();
            List<InteractionData> rows = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            TreeMap<Long, OffsetDateTime> latest = new TreeMap<>();
            for (int i = 0; i < valid.length; i++) {
                InteractionData d = valid[i];
                if (d == null) {
                    continue;
                }
                InteractionRows.ExternalKey key =
                        d.externalId() == null ? null : new InteractionRows.ExternalKey(d.customerId(), d.externalId());
                if (key != null && stored.containsKey(key)) {
                    outcomes[i] = ItemOutcome.existing(InteractionView.of(em.find(Interaction.class, stored.get(key))));
                } else if (key != null && inThisBatch.containsKey(key)) {
                    outcomes[i] = ItemOutcome.existing(inThisBatch.get(key));
                } else {
                    long id = ((Number) session.getNextSequenceNumberValue(Interaction.class)).longValue();
                    InteractionView view = InteractionView.of(id, d, now, caller.userId());
                    outcomes[i] = ItemOutcome.created(view);
                    if (key != null) {
                        inThisBatch.put(key, view);
                    }
                    rows.add(d);
                    positions.add(i);
                    latest.merge(d.customerId(), d.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            if (!rows.isEmpty()) {
                long[] ids = positions.stream()
                        .mapToLong(p -> outcomes[p].stored().id())
                        .toArray();
                InteractionRows.insert(db, rows, ids, stamp, caller.userId());
                InteractionRows.lastActivity(db, latest);
                // one entry per batch, not per row: a batch is one write of the host app
                audit.recordWrite(
                        caller.userId(),
                        AuditAction.CREATE,
                        "interactions",
                        Long.toString(ids[0]),
                        Map.of(
                                "count", new Change(null, Integer.toString(ids.length)),
                                "ids", new Change(null, ids[0] + "-" + ids[ids.length - 1]),
                                "customers", new Change(null, Integer.toString(latest.size()))));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Storing " + reports.size() + " interactions failed", e);
        }
        return List.of(outcomes);
    }

    /** The customers of the batch the caller may not write, with the refusal each of their items gets. */
    private Map<Long, CrmException> refusedCustomers(Caller caller, InteractionData[] valid) {
        Set<Long> ids = new HashSet<>();
        for (InteractionData d : valid) {
            if (d != null) {
                ids.add(d.customerId());
            }
        }
        Map<Long, CrmException> refused = new HashMap<>();
        if (ids.isEmpty()) {
            return refused;
        }
        Set<Long> missing = new HashSet<>(ids);
        List<Object[]> rows = em.createQuery(
                        "SELECT c.id, c.ownerId, c.teamId FROM Customer c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            missing.remove(id);
            String owner = (String) row[1];
            String team = (String) row[2];
            if (VisibilityRule.canSee(caller, owner, team)) {
                continue;
            }
            CustomerShare.Access access = Customers.shareAccess(em, caller, id);
            if (!VisibilityRule.canSee(caller, owner, team, access != null)) {
                refused.put(id, new RecordNotFoundException("customer", id));
            } else if (access != CustomerShare.Access.WRITE) {
                refused.put(id, new AccessDeniedException("This customer is shared with you for reading only."));
            }
        }
        for (long id : missing) {
            refused.put(id, new RecordNotFoundException("customer", id));
        }
        return refused;
    }

    /** A customer's interactions, newest first; 404 unless the caller may read the customer. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<InteractionView> list(long customerId, PageRequest page) {
        Customers.visibleForReading(em, currentCaller.get(), customerId);
        String fingerprint = Cursor.fingerprint(customerId);
        String where = "i.customerId = :c";
        TimeKey after = null;
        if (page.cursor() != null) {
            after = TimeKey.parse(
                    Cursor.decode(page.cursor(), LIST, fingerprint).position());
            if (after.time() == null) {
                throw new InvalidInputException("cursor", "is not a cursor this list issued");
            }
            where += " AND i.occurredAt <= :t AND (i.occurredAt < :t OR i.id < :i)";
        }
        var query = LimitedQueries.readOnly(
                        em,
                        "SELECT i FROM Interaction i WHERE " + where + " ORDER BY i.occurredAt DESC, i.id DESC",
                        Interaction.class,
                        page.limit() + 1)
                .setParameter("c", customerId);
        if (after != null) {
            query.setParameter("t", Times.utc(after.time())).setParameter("i", after.id());
        }
        return Page.of(
                        query.getResultList(),
                        page,
                        LIST,
                        fingerprint,
                        i -> new TimeKey(i.occurredAt().toInstant(), i.id()).position())
                .map(InteractionView::of);
    }

    /** One interaction of the customer; 404 when it is not theirs or the customer cannot be read. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public InteractionView get(long customerId, long interactionId) {
        Customers.visibleForReading(em, currentCaller.get(), customerId);
        Interaction interaction = em.find(Interaction.class, interactionId);
        if (interaction == null || interaction.customerId() != customerId) {
            throw new RecordNotFoundException("interaction", interactionId);
        }
        return InteractionView.of(interaction);
    }
}
