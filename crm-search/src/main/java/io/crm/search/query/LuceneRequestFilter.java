package io.crm.search.query;

import io.crm.common.InvalidInputException;
import io.crm.indexing.SearchType;
import io.crm.search.SearchRequest;
import io.crm.search.lucene.LuceneFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The filters a search request narrows its hits with, as index queries that do not score: type, customer, author,
 * channel, status and the creation time range (from inclusive, to exclusive).
 */
public final class LuceneRequestFilter {

    private LuceneRequestFilter() {}

    public static List<Query> of(SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (!request.types().isEmpty() && request.types().size() < SearchType.values().length) {
            filters.add(new TermInSetQuery(
                    LuceneFields.TYPE,
                    request.types().stream()
                            .map(type -> new BytesRef(type.name()))
                            .toList()));
        }
        if (request.customerId() != null) {
            filters.add(LongPoint.newExactQuery(LuceneFields.CUSTOMER_ID, request.customerId()));
        }
        addTerm(filters, LuceneFields.AUTHOR_ID, request.authorId());
        addTerm(filters, LuceneFields.CHANNEL, request.channel());
        addTerm(filters, LuceneFields.STATUS, request.status());
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : millis(request.from(), "from");
            long to = request.to() == null ? Long.MAX_VALUE : millis(request.to(), "to");
            if (from >= to) {
                throw new InvalidInputException("to", "must be after from");
            }
            filters.add(LongPoint.newRangeQuery(LuceneFields.CREATED_AT, from, request.to() == null ? to : to - 1));
        }
        return filters;
    }

    private static long millis(Instant instant, String field) {
        try {
            return instant.toEpochMilli();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, "is out of range");
        }
    }

    private static void addTerm(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(new TermQuery(new Term(field, value)));
        }
    }
}
