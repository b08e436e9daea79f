package io.crm.customer;

import java.time.OffsetDateTime;
import java.util.List;

/** A customer's consent per channel now, with when it took that state, and every change, oldest first. */
public record ConsentsView(long customerId, List<ChannelState> channels, List<ConsentChangeView> history) {

    /** A channel's state now; a channel never asked about is absent. */
    public record ChannelState(ConsentChannel channel, boolean granted, OffsetDateTime since) {}
}
