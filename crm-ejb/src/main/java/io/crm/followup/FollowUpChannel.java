package io.crm.followup;

/** How the contact is made. */
public enum FollowUpChannel {
    PHONE,
    VISIT,
    EMAIL,
    WECHAT,
    SMS,
    MEETING,
    OTHER
}
