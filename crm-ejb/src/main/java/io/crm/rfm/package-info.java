/**
 * RFM scoring: recency, frequency and monetary value scored 1-5 by quintiles over the customers who bought, the tier
 * computed from the scores and the lifecycle stage from purchase history, with every change kept as history. The
 * work is set-based SQL over a staging table, applied range by range so that the scoring job can restart from its
 * checkpoint.
 */
package io.crm.rfm;
