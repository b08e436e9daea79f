package io.crm.customer;

import io.crm.common.Times;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomValueStore;
import io.crm.customfield.CustomValues;
import io.crm.permission.Caller;
import io.crm.permission.Permission;
import io.crm.permission.PiiMasker;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns a customer into what one caller may see, masking personal data where the caller may not read it. */
final class CustomerViews {

    static final String MASKED_DATE = "****-**-**";

    /**
     * What a list page selects of each customer ({@code c}): the columns of its view and no more, read as values
     * instead of entities, in the order {@link #ofRows(Caller, Map)} takes them.
     */
    static final String COLUMNS =
            "c.id, c.version, c.type, c.name, c.phones, c.emails, c.wechatId, c.gender, c.birthday, "
                    + "c.occupation, c.region, c.city, c.source, c.consents.email, c.consents.sms, c.consents.wechat, "
                    + "c.consents.phone, c.ownerId, c.teamId, c.tier, c.manualTier, c.lifecycleStage, c.rfm.recency, "
                    + "c.rfm.frequency, c.rfm.monetary, c.rfm.lastPurchaseAt, c.rfm.purchaseCount, c.rfm.totalSpend, "
                    + "c.createdAt, c.updatedAt, c.membershipLevel, c.externalId, c.addresses";

    private CustomerViews() {}

    /** The customer with its custom values, read now. */
    static CustomerView of(EntityManager em, Caller caller, Customer c) {
        CustomFieldSet fields = CustomValueStore.fields(em);
        return of(caller, c, CustomValueStore.of(em, c.id(), fields), fields);
    }

    static CustomerView of(Caller caller, Customer c, Map<String, Object> custom, CustomFieldSet fields) {
        CustomerData d = c.data();
        Rfm rfm = c.rfm();
        CustomerView view = new CustomerView(
                c.id(),
                c.version(),
                d.type(),
                d.name(),
                d.phones(),
                d.emails(),
                d.wechatId(),
                d.addresses(),
                d.gender(),
                d.birthday() == null ? null : d.birthday().toString(),
                d.occupation(),
                d.region(),
                d.city(),
                d.source(),
                d.tags(),
                d.interests(),
                d.consents(),
                d.ownerId(),
                d.teamId(),
                c.tier(),
                c.tierSetByHand(),
                c.lifecycleStage(),
                c.membershipLevel(),
                new CustomerView.RfmView(
                        rfm.recency(),
                        rfm.frequency(),
                        rfm.monetary(),
                        Times.instant(rfm.lastPurchaseAt()),
                        rfm.purchaseCount(),
                        rfm.totalSpend()),
                false,
                Times.instant(c.createdAt()),
                Times.instant(c.updatedAt()),
                d.externalId(),
                CustomValues.shown(custom, fields, clear(caller)));
        return clear(caller) ? view : masked(view);
    }

    /**
     * The views of the rows of a page of {@link #COLUMNS} for one caller, each with its customer's tags and interests
     * in order (none for a customer absent from {@code sortedTags} or {@code sortedInterests}).
     */
    static Function<Object[], CustomerView> ofRows(
            Caller caller,
            Map<Long, List<String>> sortedTags,
            Map<Long, List<String>> sortedInterests,
            Map<Long, Map<String, Object>> custom,
            CustomFieldSet fields) {
        boolean clear = clear(caller);
        return row -> {
            CustomerView view = of(
                    row,
                    sortedTags.getOrDefault(id(row), List.of()),
                    sortedInterests.getOrDefault(id(row), List.of()),
                    CustomValues.shown(custom.getOrDefault(id(row), Map.of()), fields, clear));
            return clear ? view : masked(view);
        };
    }

    /** The customer id of a row of {@link #COLUMNS}. */
    static long id(Object[] row) {
        return (Long) row[0];
    }

    @SuppressWarnings("unchecked")
    private static CustomerView of(
            Object[] row, List<String> sortedTags, List<String> sortedInterests, Map<String, Object> shownCustom) {
        LocalDate birthday = (LocalDate) row[8];
        return new CustomerView(
                (Long) row[0],
                (Long) row[1],
                (CustomerType) row[2],
                (String) row[3],
                List.copyOf((List<String>) row[4]),
                List.copyOf((List<String>) row[5]),
                (String) row[6],
                List.copyOf((List<Address>) row[32]),
                (Gender) row[7],
                birthday == null ? null : birthday.toString(),
                (String) row[9],
                (String) row[10],
                (String) row[11],
                (Source) row[12],
                List.copyOf(sortedTags),
                List.copyOf(sortedInterests),
                Consents.asMap((Boolean) row[13], (Boolean) row[14], (Boolean) row[15], (Boolean) row[16]),
                (String) row[17],
                (String) row[18],
                (Tier) row[19],
                row[20] != null,
                (LifecycleStage) row[21],
                (String) row[30],
                new CustomerView.RfmView(
                        (Integer) row[22],
                        (Integer) row[23],
                        (Integer) row[24],
                        Times.instant((OffsetDateTime) row[25]),
                        (Integer) row[26],
                        (BigDecimal) row[27]),
                false,
                Times.instant((OffsetDateTime) row[28]),
                Times.instant((OffsetDateTime) row[29]),
                (String) row[31],
                shownCustom);
    }

    /** Whether the caller may see personal data in clear. */
    private static boolean clear(Caller caller) {
        return caller.has(Permission.CUSTOMER_PII_READ);
    }

    private static CustomerView masked(CustomerView clear) {
        return new CustomerView(
                clear.id(),
                clear.version(),
                clear.type(),
                clear.name(),
                clear.phones().stream().map(PiiMasker::phone).toList(),
                clear.emails().stream().map(PiiMasker::email).toList(),
                PiiMasker.text(clear.wechatId()),
                clear.addresses().stream().map(Address::masked).toList(),
                clear.gender(),
                clear.birthday() == null ? null : MASKED_DATE,
                clear.occupation(),
                clear.region(),
                clear.city(),
                clear.source(),
                clear.tags(),
                clear.interests(),
                clear.consents(),
                clear.ownerId(),
                clear.teamId(),
                clear.tier(),
                clear.tierSetByHand(),
                clear.lifecycleStage(),
                clear.membershipLevel(),
                clear.rfm(),
                true,
                clear.createdAt(),
                clear.updatedAt(),
                clear.externalId(),
                clear.custom());
    }
}
