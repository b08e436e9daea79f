/**
 * Customer imports: a CSV a user uploads is kept with how it is read and what to do with rows that match stored
 * customers; the customer-import job (crm-batch) takes it row by row as that user, and each row's outcome is recorded
 * with it, so that the user follows the counts, lists the failed rows and downloads them to fix and send again.
 */
package io.crm.customerimport;
