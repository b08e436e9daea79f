package io.crm.interaction;

import io.crm.common.CrmException;

/**
 * What became of one reported interaction: stored now, stored before (the same externalId for the same customer), or
 * refused for the reason given; a refusal of one does not affect the others.
 */
public record InteractionOutcome(InteractionView stored, boolean storedBefore, CrmException refusal) {

    static InteractionOutcome created(InteractionView view) {
        return new InteractionOutcome(view, false, null);
    }

    static InteractionOutcome existing(InteractionView view) {
        return new InteractionOutcome(view, true, null);
    }

    static InteractionOutcome refused(CrmException reason) {
        return new InteractionOutcome(null, false, reason);
    }
}
