/**
 * The Lucene side of the CRM: analyzers, document mapping, the index writer and searcher, the outbox processor
 * that keeps the index current from the database, and permission-aware queries. Depends on crm-ejb only.
 */
package io.crm.search;
