package io.crm.events;

import java.time.Instant;
import java.util.List;

/** Fields of a customer changed (their names as the API spells them; {@code shares} for a share given or taken). */
public record CustomerChanged(long customerId, List<String> changedFields, String actor, Instant occurredAt) {

    public CustomerChanged {
        changedFields = List.copyOf(changedFields);
    }
}
