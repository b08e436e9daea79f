/**
 * The survey-dispatch job: reads the survey's audience in customer id order and, chunk by chunk, invites or skips
 * each customer; the chunk's invitations, skips and checkpoint commit together. See
 * {@link io.crm.survey.SurveyDispatching}.
 */
package io.crm.batch.dispatch;
