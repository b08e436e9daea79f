package io.crm.events;

import java.time.Instant;

/** A planned follow-up's due time passed (announced once per follow-up and due time, within the check interval). */
public record FollowUpDue(long followUpId, long customerId, String assigneeId, Instant dueAt, Instant occurredAt) {}
