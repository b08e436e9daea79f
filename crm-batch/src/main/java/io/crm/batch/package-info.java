/**
 * The Jakarta Batch jobs of the CRM, one package per job, with their job XML under META-INF/batch-jobs.
 * Depends on crm-ejb (and crm-search for reindexing).
 */
package io.crm.batch;
