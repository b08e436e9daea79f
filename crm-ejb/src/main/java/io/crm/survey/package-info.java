/**
 * Satisfaction surveys: definitions (NPS, CSAT, CES), dispatches that invite a target audience with single-use
 * tokens under fatigue and consent rules, responses by token or by import, the closed loop that opens a
 * follow-up for a dissatisfied customer's owner, and the score histograms the nps-scoring job keeps.
 */
package io.crm.survey;
