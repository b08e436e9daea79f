package io.crm.search;

import io.crm.indexing.SearchType;
import java.time.Instant;

/**
 * One record found, as the caller may see it: {@code highlight} is HTML, the matched words in {@code <em>} and
 * everything else escaped, cut from the clear or the masked text according to the caller's clearance.
 */
public record SearchHit(
        SearchType type,
        long id,
        long customerId,
        String customerName,
        float score,
        String highlight,
        Instant createdAt) {}
