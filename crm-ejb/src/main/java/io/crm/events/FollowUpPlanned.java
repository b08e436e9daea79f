package io.crm.events;

import java.time.Instant;

/** A planned follow-up was created (by a user, or by the survey closed loop as the system). */
public record FollowUpPlanned(
        long followUpId, long customerId, String assigneeId, Instant dueAt, String actor, Instant occurredAt) {}
