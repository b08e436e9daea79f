package io.crm.search;

import io.crm.indexing.SearchDocument;
import java.util.List;
import java.util.Set;

/**
 * Fired, synchronously, before a batch of changes is written to the index: the documents written (also those of
 * customers whose records are all rewritten), the keys removed, and those customers. An observer that throws makes
 * the batch fail like an index error (the changes are retried with back-off), which is how operators and tests
 * rehearse failures.
 */
public record IndexBatch(List<SearchDocument> documents, Set<String> deletedKeys, Set<Long> customerIds) {}
