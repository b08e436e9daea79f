/**
 * The stored side of job schedules: what to run (job and parameters), when (a cron expression in a time zone),
 * and what the last fire did. The rules (which jobs, valid crons) and the firing are crm-batch's.
 */
package io.crm.schedule;
