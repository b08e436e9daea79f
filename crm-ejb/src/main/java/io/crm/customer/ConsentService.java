package io.crm.customer;

import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A customer's consents as they stand and how they came to be, for whoever may read the customer. */
@Stateless
public class ConsentService {

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public ConsentsView consents(long customerId) {
        Customer customer = Customers.visibleForReading(em, currentCaller.get(), customerId);
        Consents consents = customer.consents();
        List<ConsentsView.ChannelState> channels = new ArrayList<>();
        for (Map.Entry<ConsentChannel, Boolean> e : consents.asMap().entrySet()) {
            channels.add(new ConsentsView.ChannelState(e.getKey(), e.getValue(), consents.changedAt(e.getKey())));
        }
        return new ConsentsView(customerId, channels, ConsentHistory.of(em, customerId));
    }
}
