package io.crm.search;

import io.crm.indexing.SearchType;
import io.crm.search.query.UserQueryParser;
import java.time.Instant;
import java.util.Set;

/**
 * What a caller asks search for: the query text ({@code q}, see {@link UserQueryParser} for its syntax) and the
 * filters. An empty {@code types} means notes and follow-ups; {@code from} is inclusive and {@code to} exclusive on
 * the creation time; {@code cursor} is null for the first page.
 */
public record SearchRequest(
        String q,
        Set<SearchType> types,
        Long customerId,
        String authorId,
        String channel,
        String status,
        Instant from,
        Instant to,
        int limit,
        String cursor) {

    public SearchRequest {
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    /** A first page over both types with no filters, the common case. */
    public static SearchRequest of(String q, int limit) {
        return new SearchRequest(q, Set.of(), null, null, null, null, null, null, limit, null);
    }

    /** The same request asking for the page after {@code nextCursor}. */
    public SearchRequest withCursor(String nextCursor) {
        return new SearchRequest(q, types, customerId, authorId, channel, status, from, to, limit, nextCursor);
    }
}
