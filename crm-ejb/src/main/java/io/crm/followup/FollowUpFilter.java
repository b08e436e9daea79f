package io.crm.followup;

import java.time.Instant;

/**
 * Which follow-ups a list shows; null means any. {@code overdue} true keeps planned ones past due, false the rest.
 */
public record FollowUpFilter(Long customerId, String assigneeId, FollowUpStatus status, Instant dueBefore, Boolean overdue) {
}
