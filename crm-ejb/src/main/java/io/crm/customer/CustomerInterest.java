package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * One interest of a customer, as a row of its own, for reading the interests of a page of customers in one query
 * (as {@link CustomerTag} does for tags). Written only through {@link Customer}; this view of their table is read-only.
 */
@Entity
@Table(name = "customer_interest")
@IdClass(CustomerInterest.Key.class)
@ReadOnly
@NamedQuery(
        name = CustomerInterest.OF_CUSTOMERS,
        query = "SELECT t.customerId, t.interest FROM CustomerInterest t WHERE t.customerId IN :ids")
public class CustomerInterest {

    /** Prepared once and shared; the list of ids may have another length each time. */
    static final String OF_CUSTOMERS = "CustomerInterest.ofCustomers";

    @Id
    @Column(name = "customer_id")
    private long customerId;

    @Id
    private String interest;

    protected CustomerInterest() {}

    /** The interests of these customers, each customer's in the order the API shows them; none for one without. */
    static Map<Long, List<String>> of(EntityManager em, Collection<Long> customerIds) {
        return CustomerTag.labelsOf(em, OF_CUSTOMERS, customerIds);
    }

    /** The key of an interest row. */
    public static class Key implements Serializable {
        private long customerId;
        private String interest;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.customerId == customerId && Objects.equals(k.interest, interest);
        }

        @Override
        public int hashCode() {
            return Objects.hash(customerId, interest);
        }
    }
}
