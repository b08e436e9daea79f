package io.crm.search;

import io.crm.search.lucene.LuceneIndex;
import java.util.List;

/**
 * One page of search hits, best first; {@code total} counts the records the caller may read that match, exactly
 * when {@code totalExact}, otherwise it is a lower bound ({@link LuceneIndex#EXACT_TOTAL_UP_TO}); {@code next} is the
 * cursor of the following page, null on the last one.
 */
public record SearchResult(List<SearchHit> items, long total, boolean totalExact, String next) {

    public SearchResult {
        items = List.copyOf(items);
    }
}
