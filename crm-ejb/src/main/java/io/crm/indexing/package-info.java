/**
 * The database side of search: the current state of notes and follow-ups as search documents, and the records an
 * instance could not index (retried with back-off). The changes to apply come from the change log
 * ({@code io.crm.changelog}). Knows nothing of Lucene: the index lives in crm-search.
 */
package io.crm.indexing;
