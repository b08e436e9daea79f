/**
 * The audit trail (审计): who wrote what and when, with the before and after of every changed field, and who read
 * personal data in clear. Entries are written in the transaction of the change they describe and are never
 * changed; auditors search them by record, actor and time.
 */
package io.crm.audit;
