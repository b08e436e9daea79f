package io.crm.privacy;

import java.time.OffsetDateTime;

/** An erasure as it was done: the same answer however often it is asked for. */
public record ErasureView(long customerId, OffsetDateTime erasedAt, String erasedBy, String reason) {

    static ErasureView of(CustomerPrivacy p) {
        return new ErasureView(p.customerId(), p.erasedAt(), p.erasedBy(), p.erasureReason());
    }
}
