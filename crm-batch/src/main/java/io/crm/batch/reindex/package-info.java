/**
 * The search-reindex job: rebuilds the whole search index from the database beside the live one, which keeps
 * answering and keeps being updated, then swaps the new one in. Restartable from its checkpoint: the new index is
 * committed with every chunk and kept under a name derived from the job instance.
 */
package io.crm.batch.reindex;
