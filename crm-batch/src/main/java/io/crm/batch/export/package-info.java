/**
 * The customer-export job: reads, as the user who asked, the customers their list shows (masked as they see them) and
 * writes them as CSV or NDJSON into a sealed file, chunk by chunk; a restart cuts the file back to its last checkpoint.
 * Also the start, status and download of an export for its requester.
 */
package io.crm.batch.export;
