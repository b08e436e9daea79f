package io.crm.interaction;

import java.time.Instant;

/** An interaction as a caller who may read its customer sees it (nothing in it is masked). */
public record InteractionView(
        long id,
        long customerId,
        String type,
        Instant occurredAt,
        String channel,
        String properties,
        String externalId,
        Instant createdAt,
        String createdBy) {

    public static InteractionView of(Interaction i) {
        return new InteractionView(
                i.id(),
                i.customerId(),
                i.type(),
                i.occurredAt().toInstant(),
                i.channel(),
                i.properties(),
                i.externalId(),
                i.createdAt().toInstant(),
                i.createdBy());
    }

    static InteractionView of(long id, InteractionData d, Instant createdAt, String createdBy) {
        return new InteractionView(
                id,
                d.customerId(),
                d.type(),
                d.occurredAt().toInstant(),
                d.channel(),
                d.properties(),
                d.externalId(),
                createdAt,
                createdBy);
    }
}
