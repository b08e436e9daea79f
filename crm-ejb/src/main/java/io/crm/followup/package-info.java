/**
 * Follow-ups (跟进记录): a contact made or planned with a customer, by channel, with content, outcome, next step,
 * due date, assignee and status; overdue is derived. Read with the customer's visibility, written with
 * followup:write, deleted only with followup:delete; audited, and indexed through the outbox.
 */
package io.crm.followup;
