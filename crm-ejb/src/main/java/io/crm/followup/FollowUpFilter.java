package io.crm.followup;

import java.time.Instant;

/**
 * Which follow-ups a list shows; null means any. {@code overdue} true keeps planned ones past due, false the rest;
 * the assignee {@value #ME} stands for the caller.
 */
public record FollowUpFilter(
        Long customerId, String assigneeId, FollowUpStatus status, Instant dueBefore, Boolean overdue) {

    public static final String ME = "me";

    FollowUpFilter withAssignee(String userId) {
        return new FollowUpFilter(customerId, userId, status, dueBefore, overdue);
    }
}
