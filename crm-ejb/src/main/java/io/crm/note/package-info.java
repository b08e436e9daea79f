/**
 * Notes: free text that staff write on a customer. Whoever may read the customer reads its notes (with phone
 * numbers and emails in the text masked for callers without customer:pii:read); the author or whoever may write
 * the customer changes them. Every change is audited and goes to the search index through the outbox.
 */
package io.crm.note;
