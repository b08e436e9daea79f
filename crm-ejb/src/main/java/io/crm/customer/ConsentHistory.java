package io.crm.customer;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The history of a customer's consents: every change of a channel, written in the transaction of the change, with
 * its source and who made it. Rows are only added.
 */
public final class ConsentHistory {

    private ConsentHistory() {}

    /** Records the channels whose state differs between before and after (an empty map: nothing asked yet). */
    public static void record(
            EntityManager em,
            long customerId,
            Map<ConsentChannel, Boolean> before,
            Map<ConsentChannel, Boolean> after,
            ConsentSource source,
            String actor,
            OffsetDateTime at) {
        for (ConsentChannel channel : ConsentChannel.values()) {
            Boolean now = after.get(channel);
            if (!Objects.equals(before.get(channel), now)) {
                em.createNativeQuery("INSERT INTO consent_change (customer_id, channel, granted, source, changed_by, "
                                + "changed_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .setParameter(1, customerId)
                        .setParameter(2, channel.name())
                        .setParameter(3, now)
                        .setParameter(4, source.name())
                        .setParameter(5, actor)
                        .setParameter(6, at)
                        .executeUpdate();
            }
        }
    }

    /** Every change of the customer's consents, oldest first. */
    public static List<ConsentChangeView> of(EntityManager em, long customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, channel, granted, source, changed_by, changed_at "
                        + "FROM consent_change WHERE customer_id = ? ORDER BY id")
                .setParameter(1, customerId)
                .getResultList();
        List<ConsentChangeView> changes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            changes.add(new ConsentChangeView(
                    ((Number) r[0]).longValue(),
                    ConsentChannel.valueOf((String) r[1]),
                    (Boolean) r[2],
                    ConsentSource.valueOf((String) r[3]),
                    (String) r[4],
                    time(r[5])));
        }
        return changes;
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
