/** The nps-scoring job: recomputes the score histograms of every survey. See {@link io.crm.survey.SurveyScoring}. */
package io.crm.batch.nps;
