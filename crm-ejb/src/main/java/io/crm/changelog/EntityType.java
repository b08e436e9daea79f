package io.crm.changelog;

/**
 * What a change in the log is about. A customer change (owner, team, shares, name, deletion) touches every note and
 * follow-up of the customer, because they carry the customer's visibility. A survey response is logged for webhooks
 * only (the search index has no documents of them).
 */
public enum EntityType {
    NOTE,
    FOLLOW_UP,
    CUSTOMER,
    SURVEY_RESPONSE
}
