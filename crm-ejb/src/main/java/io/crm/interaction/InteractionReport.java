package io.crm.interaction;

import jakarta.json.JsonObject;
import java.time.Instant;

/** One interaction as a host app sends it, before any check. */
public record InteractionReport(
        long customerId, String type, Instant occurredAt, String channel, JsonObject properties, String externalId) {}
