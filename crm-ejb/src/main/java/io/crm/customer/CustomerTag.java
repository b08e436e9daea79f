package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One tag of a customer, as a row of its own, for reading the tags of a page of customers in one query. The tags are
 * written only through {@link Customer}; this view of their table is read-only.
 */
@Entity
@Table(name = "customer_tag")
@IdClass(CustomerTag.Key.class)
@ReadOnly
@NamedQuery(
        name = CustomerTag.OF_CUSTOMERS,
        query = "SELECT t.customerId, t.tag FROM CustomerTag t WHERE t.customerId IN :ids")
public class CustomerTag {

    /** Prepared once and shared; the list of ids may have another length each time. */
    static final String OF_CUSTOMERS = "CustomerTag.ofCustomers";

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Id
    private String tag;

    protected CustomerTag() {}

    /** The tags of these customers, each customer's in the order the API shows them; none for a customer without. */
    static Map<Long, List<String>> of(EntityManager em, Collection<Long> customerIds) {
        return labelsOf(em, OF_CUSTOMERS, customerIds);
    }

    /**
     * The labels (tags, interests) of these customers that a named query of (customer id, label) rows gives, each
     * customer's sorted; none for a customer without.
     */
    static Map<Long, List<String>> labelsOf(EntityManager em, String namedQuery, Collection<Long> customerIds) {
        Map<Long, List<String>> labels = new HashMap<>();
        if (customerIds.isEmpty()) {
            return labels;
        }
        List<Object[]> rows = em.createNamedQuery(namedQuery, Object[].class)
                .setParameter("ids", customerIds)
                .getResultList();
        for (Object[] row : rows) {
            labels.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        labels.values().forEach(list -> list.sort(null));
        return labels;
    }

    /** The key of a tag row. */
    public static class Key implements Serializable {
        private long customerId;
        private String tag;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.customerId == customerId && Objects.equals(k.tag, tag);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, tag);
        }
    }
}
