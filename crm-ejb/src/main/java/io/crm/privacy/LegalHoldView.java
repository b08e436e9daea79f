package io.crm.privacy;

import java.time.OffsetDateTime;

/** Whether a customer is under legal hold (erasure refused), and who set or cleared it, when and why. */
public record LegalHoldView(long customerId, boolean hold, String reason, String setBy, OffsetDateTime setAt) {

    static LegalHoldView of(CustomerPrivacy p) {
        return new LegalHoldView(p.customerId(), p.legalHold(), p.holdReason(), p.holdSetBy(), p.holdSetAt());
    }
}
