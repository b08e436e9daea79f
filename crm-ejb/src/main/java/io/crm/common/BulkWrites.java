package io.crm.common;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a bulk call (customers, purchases) writes its items: all in one transaction, which is what makes a thousand
 * items in one call much cheaper than a thousand calls, each item checked whole before anything of it is written so
 * that a refused item leaves the others alone. When that transaction fails as a whole all the same (another request
 * stored the same externalId or took the same lock meanwhile, a refusal from deeper down that marked it for rollback),
 * the items are written again, each in a transaction of its own: one item's failure never undoes the others, and the
 * answer is still one status per item.
 */
@ApplicationScoped
public class BulkWrites {

    /** The most items one bulk call takes. */
    public static final int MAX_ITEMS = 1000;

    private static final Logger LOG = Logger.getLogger(BulkWrites.class.getName());

    /**
     * The outcomes of the items, in their order. {@code inOneTransaction} is a service method that begins a
     * transaction of its own (called from outside any): the whole batch, or, after a failure of the whole, one item.
     */
    public <I, T> List<ItemOutcome<T>> write(List<I> items, Function<List<I>, List<ItemOutcome<T>>> inOneTransaction) {
        try {
            return inOneTransaction.apply(items);
        } catch (EJBException batchFailed) {
            if (items.size() == 1) {
                return List.of(ItemOutcome.refused(batchFailed));
            }
            LOG.log(
                    Level.FINE,
                    "A batch of " + items.size() + " failed as a whole; writing each item alone",
                    batchFailed);
            List<ItemOutcome<T>> outcomes = new ArrayList<>(items.size());
            for (I item : items) {
                try {
                    outcomes.addAll(inOneTransaction.apply(List.of(item)));
                } catch (EJBException itemFailed) {
                    outcomes.add(ItemOutcome.refused(itemFailed));
                }
            }
            return outcomes;
        }
    }

    /**
     * Called at the end of a batch's transaction: when something marked it for rollback while the outcomes say items
     * were stored, fails the batch (a system exception, so that {@link #write} writes the items one by one) rather
     * than answer for writes that will not commit. A batch of one refused item rolls back as it is.
     */
    public static void ensureCommittable(boolean rollbackOnly, List<? extends ItemOutcome<?>> outcomes) {
        if (rollbackOnly && outcomes.stream().anyMatch(o -> o.refusal() == null)) {
            throw new IllegalStateException("The batch's transaction was marked for rollback");
        }
    }

    /**
     * Called after each item of a batch: sends what it wrote to the database and lets the persistence context forget
     * it. Every query and flush compares each entity the context holds with its state when read; holding the entities
     * of all the items written before made the thousandth item cost many times the first (1,000 new customers took
     * 8.9 s in one call against 14 s for 1,000 single calls).
     */
    public static void forgetWritten(EntityManager em) {
        em.flush();
        em.clear();
    }

    /** A 400 for a batch of no items or of more than {@link #MAX_ITEMS}. */
    public static void checkSize(int size, String what) {
        if (size < 1 || size > MAX_ITEMS) {
            throw new InvalidInputException("items", "must be a list of 1 to " + MAX_ITEMS + " " + what);
        }
    }
}
