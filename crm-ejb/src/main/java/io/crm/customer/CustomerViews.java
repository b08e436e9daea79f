package io.crm.customer;

import io.crm.common.Times;
import io.crm.permission.Caller;
import io.crm.permission.Permission;
import io.crm.permission.PiiMasker;

import java.util.List;

/** Turns a customer into what one caller may see, masking personal data where the caller may not read it. */
final class CustomerViews {

    static final String MASKED_DATE = "****-**-**";

    private CustomerViews() {
    }

    static CustomerView of(Caller caller, Customer c) {
        return of(caller, c, c.data());
    }

    /** The view of a customer whose state was taken with its tags read apart ({@link Customer#data(List)}). */
    static CustomerView of(Caller caller, Customer c, CustomerData d) {
        boolean clear = caller.has(Permission.CUSTOMER_PII_READ);
        List<String> phones = clear ? d.phones() : d.phones().stream().map(PiiMasker::phone).toList();
        List<String> emails = clear ? d.emails() : d.emails().stream().map(PiiMasker::email).toList();
        String wechatId = clear ? d.wechatId() : PiiMasker.text(d.wechatId());
        String birthday = d.birthday() == null ? null : clear ? d.birthday().toString() : MASKED_DATE;
        Rfm rfm = c.rfm();
        return new CustomerView(c.id(), c.version(), d.type(), d.name(), phones, emails, wechatId, d.gender(), birthday,
                d.occupation(), d.region(), d.city(), d.source(), d.tags(), d.consents(),
                d.ownerId(), d.teamId(), c.tier(), c.tierSetByHand(), c.lifecycleStage(),
                new CustomerView.RfmView(rfm.recency(), rfm.frequency(), rfm.monetary(),
                        Times.instant(rfm.lastPurchaseAt()), rfm.purchaseCount(), rfm.totalSpend()),
                !clear, Times.instant(c.createdAt()), Times.instant(c.updatedAt()));
    }
}
