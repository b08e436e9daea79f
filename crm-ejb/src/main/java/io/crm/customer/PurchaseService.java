package io.crm.customer;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.BulkWrites;
import io.crm.common.ConflictException;
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
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.points.PointsLedger;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Records purchases under a customer and keeps the customer's purchase aggregates current in the same transaction. */
@Stateless
public class PurchaseService {

    static final String LIST = "purchases";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    @ConfigProperty(name = "crm.currency", defaultValue = "CNY")
    String currency;

    @Inject
    AuditTrail audit;

    @Inject
    PointsLedger points;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Requires(Permission.CUSTOMER_WRITE)
    public PurchaseView add(
            long customerId, BigDecimal amount, String purchaseCurrency, Instant occurredAt, String externalId) {
        return record(
                        currentCaller.get(),
                        new PurchaseReport(customerId, amount, purchaseCurrency, occurredAt, externalId),
                        false)
                .stored();
    }

    /**
     * Records purchases of any customers, each as {@link #add} would, answered in the order sent; a purchase sent again
     * (the same externalId, amount, currency and time for the same customer) answers the one recorded (200) and
     * accrues nothing, which makes a retried call harmless; the same externalId with other values answers 409. The
     * items are written in customer id order (stable within a customer), so that two calls lock their customers in
     * the same order; every refusal is checked before anything of its item is written.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    public List<ItemOutcome<PurchaseView>> addAll(List<PurchaseReport> reports) {
        BulkWrites.checkSize(reports.size(), "purchases");
        Caller caller = currentCaller.get();
        List<ItemOutcome<PurchaseView>> outcomes = new ArrayList<>(Collections.nCopies(reports.size(), null));
        List<Integer> order = IntStream.range(0, reports.size())
                .boxed()
                .sorted(Comparator.comparingLong(i -> reports.get(i).customerId()))
                .toList();
        for (int i : order) {
            try {
                outcomes.set(i, record(caller, reports.get(i), true));
            } catch (CrmException refused) {
                outcomes.set(i, ItemOutcome.refused(refused));
            }
            BulkWrites.forgetWritten(em);
        }
        BulkWrites.ensureCommittable(transactions.getRollbackOnly(), outcomes);
        return outcomes;
    }

    /**
     * Records one purchase, checked whole before anything is written. {@code sameIsRecorded}: a purchase whose
     * externalId, amount, currency and time match one recorded answers that one instead of 409.
     */
    private ItemOutcome<PurchaseView> record(Caller caller, PurchaseReport report, boolean sameIsRecorded) {
        long customerId = report.customerId();
        PurchaseData data = PurchaseData.validate(
                report.amount(), report.currency(), report.occurredAt(), report.externalId(), currency, Instant.now());
        Customer customer = Customers.writable(em, caller, customerId, LockModeType.PESSIMISTIC_WRITE);
        if (data.externalId() != null) {
            List<Purchase> existing = em.createQuery(
                            "SELECT p FROM Purchase p WHERE p.customerId = :c AND p.externalId = :e", Purchase.class)
                    .setParameter("c", customerId)
                    .setParameter("e", data.externalId())
                    .getResultList();
            if (!existing.isEmpty()) {
                Purchase recorded = existing.get(0);
                if (sameIsRecorded && recorded.sameAs(data)) {
                    return ItemOutcome.existing(PurchaseView.of(recorded));
                }
                throw new ConflictException(
                        "A purchase with externalId " + data.externalId() + " is already recorded for this customer.",
                        Map.of("existingId", Long.toString(recorded.id())));
            }
        }
        OffsetDateTime now = Times.now();
        Purchase purchase = new Purchase(customerId, data, now);
        em.persist(purchase);
        customer.recordPurchase(data.amount(), data.occurredAt(), now);
        em.flush();
        audit.recordWrite(
                caller.userId(),
                AuditAction.CREATE,
                "purchase",
                Long.toString(purchase.id()),
                Map.of(
                        "customerId", new Change(null, Long.toString(customerId)),
                        "amount", new Change(null, data.amount().toPlainString()),
                        "currency", new Change(null, data.currency()),
                        "occurredAt",
                                new Change(null, data.occurredAt().toInstant().toString()),
                        "externalId", new Change(null, data.externalId())));
        points.accrue(
                customerId,
                customer.tier(),
                customer.data().birthday(),
                purchase.id(),
                data.amount(),
                data.occurredAt(),
                caller.userId());
        return ItemOutcome.created(PurchaseView.of(purchase));
    }

    /**
     * Refunds a purchase: it stays on record with the time and reason, leaves the customer's aggregates (count, total
     * spend, last purchase), and the points it earned are reversed. A purchase refunded already answers as it is.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    public PurchaseView refund(long customerId, long purchaseId, String reason) {
        Caller caller = currentCaller.get();
        Customer customer = Customers.writable(em, caller, customerId, LockModeType.PESSIMISTIC_WRITE);
        Purchase purchase = em.find(Purchase.class, purchaseId);
        if (purchase == null || purchase.customerId() != customerId) {
            throw new RecordNotFoundException("purchase", purchaseId);
        }
        if (purchase.refundedAt() != null) {
            return PurchaseView.of(purchase);
        }
        OffsetDateTime now = Times.now();
        purchase.refund(reason, now);
        em.flush();
        customer.recountPurchases(em, now);
        em.flush();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("refundedAt", new Change(null, now.toInstant().toString()));
        if (reason != null) {
            changes.put("refundReason", new Change(null, reason));
        }
        audit.recordWrite(caller.userId(), AuditAction.UPDATE, "purchase", Long.toString(purchaseId), changes);
        points.reverse(customerId, purchaseId, caller.userId());
        return PurchaseView.of(purchase);
    }

    /** Purchases of one customer, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public Page<PurchaseView> list(long customerId, PageRequest page) {
        Caller caller = currentCaller.get();
        Customers.visibleForReading(em, caller, customerId);
        String fingerprint = Cursor.fingerprint(customerId);
        String where = "p.customerId = :c";
        TimeKey after = null;
        if (page.cursor() != null) {
            after = TimeKey.parse(
                    Cursor.decode(page.cursor(), LIST, fingerprint).position());
            if (after.time() == null) {
                throw new InvalidInputException("cursor", "is not a cursor this list issued");
            }
            where += " AND (p.occurredAt < :t OR (p.occurredAt = :t AND p.id < :i))";
        }
        var query = LimitedQueries.readOnly(
                        em,
                        "SELECT p FROM Purchase p WHERE " + where + " ORDER BY p.occurredAt DESC, p.id DESC",
                        Purchase.class,
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
                        p -> new TimeKey(p.occurredAt().toInstant(), p.id()).position())
                .map(PurchaseView::of);
    }
}
