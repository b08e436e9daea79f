/**
 * Job operations for batch administrators: the catalog of jobs with their typed parameters, starting, following,
 * stopping and restarting executions, and cron schedules that fire once across instances. Every start, stop,
 * restart and schedule change is audited with the user (or system:scheduler) who made it.
 */
package io.crm.batch.operation;
