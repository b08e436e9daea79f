/**
 * The database side of search: the outbox of changes to what the index holds, written in the transaction of each
 * change; the log every instance reads in commit order; and the current state of notes and follow-ups as search
 * documents. Knows nothing of Lucene: the index lives in crm-search.
 */
package io.crm.indexing;
