package io.crm.customer;

import java.time.OffsetDateTime;

/** One change of a customer's consent on a channel: granted, withdrawn, or (null) no longer recorded. */
public record ConsentChangeView(
        long id,
        ConsentChannel channel,
        Boolean granted,
        ConsentSource source,
        String changedBy,
        OffsetDateTime changedAt) {}
