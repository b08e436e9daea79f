/**
 * The change log: one entry per change of a record, written in the transaction of the change, positioned in commit
 * order after commit, and read by position by named consumers (the search index of each instance; consumers that act
 * once per deployment group claim ranges under a lease). Entries are pruned once the slowest live consumer has read
 * them and they are older than the retention ({@code crm.changelog.retention}), which replays of webhook events read.
 */
package io.crm.changelog;
