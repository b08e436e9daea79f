package io.crm.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.customfield.CustomFieldDefinition;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomFieldType;
import io.crm.permission.Caller;
import io.crm.permission.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerViewsTest {

    private static final Caller SALES = Caller.of("li.na", Set.of(Role.SALES), Set.of());
    private static final Caller SERVICE = Caller.of("zhao.lei", Set.of(Role.SERVICE), Set.of("east"));

    @Test
    void aViewListsTheTagsInOrderWhateverOrderTheCustomerHoldsThemIn() {
        List<String> tags = List.of("vip", "2026-event", "北京", "refund", "annual", "上海", "b2b", "churn-risk");
        CustomerData data = new CustomerData(
                CustomerType.PERSON,
                "张伟",
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                tags,
                List.of(),
                Map.of(),
                "sales1",
                null,
                null,
                null);
        Customer customer = new Customer(data, Set.of(), OffsetDateTime.now(ZoneOffset.UTC));

        CustomerView view = CustomerViews.of(SALES, customer, Map.of(), CustomFieldSet.NONE);

        assertEquals(List.of("2026-event", "annual", "b2b", "churn-risk", "refund", "vip", "上海", "北京"), view.tags());
    }

    @Test
    void aListRowGivesTheViewTheCustomerGivesInClearAndMasked() {
        CustomerData data = new CustomerData(
                CustomerType.PERSON,
                "王芳",
                List.of("+8613812345678"),
                List.of("wang.fang@example.cn"),
                "wangfang88",
                List.of(new Address(AddressKind.HOME, "CN", "上海市", "上海市", "浦东新区", "世纪大道100号", "200120")),
                Gender.FEMALE,
                LocalDate.of(1988, 3, 14),
                "教师",
                "华东",
                "上海",
                Source.REFERRAL,
                List.of("alpha", "回访"),
                List.of("golf", "茶艺"),
                Map.of(ConsentChannel.SMS, true, ConsentChannel.EMAIL, false),
                "sales1",
                "east",
                Tier.VIP,
                "ERP-0042");
        Customer customer = new Customer(data, Set.of(), OffsetDateTime.of(2026, 11, 2, 8, 30, 0, 0, ZoneOffset.UTC));

        CustomFieldSet fields = CustomFieldSet.of(List.of(
                new CustomFieldDefinition("id_card", "ID", CustomFieldType.STRING, List.of(), false, true, false),
                new CustomFieldDefinition("size", "Size", CustomFieldType.NUMBER, List.of(), false, false, false)));
        Map<String, Object> custom = Map.of("id_card", "X123", "size", 42L);
        for (Caller caller : List.of(SALES, SERVICE)) {
            CustomerView fromRow = CustomerViews.ofRows(
                            caller,
                            Map.of(0L, List.of("alpha", "回访")),
                            Map.of(0L, List.of("golf", "茶艺")),
                            Map.of(0L, custom),
                            fields)
                    .apply(row(customer));
            assertEquals(CustomerViews.of(caller, customer, custom, fields), fromRow);
        }
        CustomerView masked = CustomerViews.ofRows(SERVICE, Map.of(), Map.of(), Map.of(0L, custom), fields)
                .apply(row(customer));
        assertEquals(Map.of("id_card", "X***", "size", 42L), masked.custom());
        assertTrue(masked.piiMasked());
        assertFalse(masked.phones().contains("+8613812345678"));
        assertEquals(CustomerViews.MASKED_DATE, masked.birthday());
        assertEquals(List.of(), masked.tags());
        assertEquals(
                List.of(new Address(AddressKind.HOME, "CN", "上海市", "上海市", "浦***", "世***", "2***")), masked.addresses());
    }

    @Test
    void anAddressIsMaskedBelowTheCityAndInterestsAreNot() {
        CustomerData data = new CustomerData(
                CustomerType.PERSON,
                "李娜",
                List.of(),
                List.of(),
                null,
                List.of(
                        new Address(AddressKind.WORK, "CN", "广东省", "深圳市", "南山区", "科技园路1号", "518057"),
                        new Address(AddressKind.SHIPPING, "GB", null, "London", null, "10 Downing Street", "SW1A 2AA")),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of("running", "咖啡"),
                Map.of(),
                "sales1",
                null,
                null,
                null);
        Customer customer = new Customer(data, Set.of(), OffsetDateTime.now(ZoneOffset.UTC));

        CustomerView clear = CustomerViews.of(SALES, customer, Map.of(), CustomFieldSet.NONE);
        CustomerView masked = CustomerViews.of(SERVICE, customer, Map.of(), CustomFieldSet.NONE);

        assertEquals(data.addresses(), clear.addresses());
        assertEquals(
                List.of(
                        new Address(AddressKind.WORK, "CN", "广东省", "深圳市", "南***", "科***", "5***"),
                        new Address(AddressKind.SHIPPING, "GB", null, "London", null, "1***", "S***")),
                masked.addresses());
        assertEquals(List.of("running", "咖啡"), masked.interests());
        assertTrue(masked.piiMasked());
    }

    /** The customer as a list page reads it, in the order of {@link CustomerViews#COLUMNS}. */
    private static Object[] row(Customer c) {
        CustomerData d = c.data();
        Map<ConsentChannel, Boolean> consents = d.consents();
        Rfm rfm = c.rfm();
        return new Object[] {
            c.id(),
            c.version(),
            d.type(),
            d.name(),
            d.phones(),
            d.emails(),
            d.wechatId(),
            d.gender(),
            d.birthday(),
            d.occupation(),
            d.region(),
            d.city(),
            d.source(),
            consents.get(ConsentChannel.EMAIL),
            consents.get(ConsentChannel.SMS),
            consents.get(ConsentChannel.WECHAT),
            consents.get(ConsentChannel.PHONE),
            d.ownerId(),
            d.teamId(),
            c.tier(),
            d.tier(),
            c.lifecycleStage(),
            rfm.recency(),
            rfm.frequency(),
            rfm.monetary(),
            rfm.lastPurchaseAt(),
            rfm.purchaseCount(),
            rfm.totalSpend(),
            c.createdAt(),
            c.updatedAt(),
            c.membershipLevel(),
            d.externalId(),
            d.addresses()
        };
    }
}
