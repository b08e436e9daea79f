package io.crm.search;

import java.util.List;

/**
 * One page of search hits, best first; {@code total} counts every record the caller may read that matches, and
 * {@code next} is the cursor of the following page, null on the last one.
 */
public record SearchResult(List<SearchHit> items, long total, String next) {

    public SearchResult {
        items = List.copyOf(items);
    }
}
