package io.crm.customer;

import io.crm.permission.Caller;
import io.crm.permission.Role;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CustomerViewsTest {

    @Test
    void aViewListsTheTagsInOrderWhateverOrderTheCustomerHoldsThemIn() {
        List<String> tags = List.of("vip", "2026-event", "北京", "refund", "annual", "上海", "b2b", "churn-risk");
        CustomerData data = new CustomerData(CustomerType.PERSON, "张伟", List.of(), List.of(), null, null, null, null, null,
                null, null, tags, Map.of(), "sales1", null, null);
        Customer customer = new Customer(data, Set.of(), OffsetDateTime.now(ZoneOffset.UTC));

        CustomerView view = CustomerViews.of(Caller.of("li.na", Set.of(Role.SALES), Set.of()), customer);

        assertEquals(List.of("2026-event", "annual", "b2b", "churn-risk", "refund", "vip", "上海", "北京"), view.tags());
    }
}
