package io.crm.customer;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
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
        return em
                .createQuery("SELECT c FROM ConsentChange c WHERE c.customerId = :c ORDER BY c.id", ConsentChange.class)
                .setParameter("c", customerId)
                .getResultList()
                .stream()
                .map(ConsentChange::view)
                .toList();
    }
}
