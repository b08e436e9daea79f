/**
 * The customer-scoring job: scores every customer as of one moment (a set-based statement), applies the scores
 * range by range with a checkpoint after each, then records the run. See {@link io.crm.rfm.CustomerScoring}.
 */
package io.crm.batch.rfm;
