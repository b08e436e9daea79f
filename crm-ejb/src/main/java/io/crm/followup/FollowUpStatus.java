package io.crm.followup;

/** Where a follow-up stands; a PLANNED one past its due time is overdue. */
public enum FollowUpStatus {
    PLANNED,
    DONE,
    CANCELLED
}
