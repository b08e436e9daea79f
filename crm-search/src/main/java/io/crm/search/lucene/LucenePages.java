package io.crm.search.lucene;

import static io.crm.search.lucene.LuceneIndex.EXACT_TOTAL_UP_TO;
import static io.crm.search.lucene.LuceneIndex.MAX_LIMIT;

import io.crm.common.InvalidInputException;
import io.crm.indexing.SearchType;
import io.crm.permission.Reach;
import io.crm.search.SearchHit;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import io.crm.search.query.LuceneRequestFilter;
import io.crm.search.query.LuceneTextQuery;
import io.crm.search.query.LuceneVisibilityFilter;
import io.crm.search.query.SearchCursor;
import io.crm.search.query.UserQuery;
import io.crm.search.query.UserQueryParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Pages of hits from an index's searchers: the user's query and the caller's reach as one Lucene query, best first
 * with the key as tie-breaker, {@code searchAfter} the cursor, snippets and stored fields of the page.
 */
final class LucenePages {

    private static final Sort ORDER =
            new Sort(SortField.FIELD_SCORE, new SortField(LuceneFields.KEY, SortField.Type.STRING));
    private static final Set<String> HIT_FIELDS = Set.of(
            LuceneFields.TYPE,
            LuceneFields.ID,
            LuceneFields.CUSTOMER_ID,
            LuceneFields.CUSTOMER_NAME,
            LuceneFields.CREATED_AT,
            LuceneFields.KEY);

    private final SearcherManager searchers;
    private final LuceneFields fields;
    private final LuceneSnippets snippets;

    LucenePages(SearcherManager searchers, LuceneFields fields) {
        this.searchers = searchers;
        this.fields = fields;
        this.snippets = new LuceneSnippets(fields);
    }

    /**
     * One page of the records this caller may read that match the request, best first; a caller not cleared for
     * personal data ({@code clearPii} false) matches and sees masked text only. Bad input of any kind is an
     * {@link InvalidInputException}.
     */
    SearchResult search(
            SearchRequest request,
            Reach reach,
            boolean clearPii,
            boolean prefixesOnWordsAsWritten,
            Function<List<String>, Map<String, String>> clearTexts) {
        if (request.limit() < 1 || request.limit() > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        UserQuery userQuery = UserQueryParser.parse(request.q());
        String fingerprint = SearchCursor.fingerprint(request);
        FieldDoc after = request.cursor() == null ? null : SearchCursor.decode(request.cursor(), fingerprint);
        List<Query> filters = LuceneRequestFilter.of(request);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query text = new LuceneTextQuery(fields, searcher.getIndexReader(), clearPii, prefixesOnWordsAsWritten)
                        .build(userQuery);
                if (reach.nothing()) {
                    return new SearchResult(List.of(), 0, true, null);
                }
                BooleanQuery.Builder query = new BooleanQuery.Builder()
                        .add(text, Occur.MUST)
                        .add(LuceneVisibilityFilter.of(reach), Occur.FILTER);
                filters.forEach(filter -> query.add(filter, Occur.FILTER));
                // One hit more than the page tells whether there is a next page.
                TopFieldDocs top = searcher.search(
                        query.build(),
                        new TopFieldCollectorManager(ORDER, request.limit() + 1, after, EXACT_TOTAL_UP_TO));
                return page(searcher, text, top, request.limit(), fingerprint, clearPii ? clearTexts : null);
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw LuceneTextQuery.tooComplex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult page(
            IndexSearcher searcher,
            Query text,
            TopFieldDocs top,
            int limit,
            String fingerprint,
            Function<List<String>, Map<String, String>> clearTexts)
            throws IOException {
        int count = Math.min(limit, top.scoreDocs.length);
        ScoreDoc[] shown = Arrays.copyOf(top.scoreDocs, count);
        String[] highlights = snippets.highlight(searcher, text, shown, clearTexts);
        List<SearchHit> hits = new ArrayList<>(count);
        String lastKey = null;
        float lastScore = 0;
        for (int i = 0; i < count; i++) {
            FieldDoc hit = (FieldDoc) shown[i];
            Document stored = searcher.storedFields().document(hit.doc, HIT_FIELDS);
            lastScore = (Float) hit.fields[0];
            lastKey = stored.get(LuceneFields.KEY);
            hits.add(new SearchHit(
                    SearchType.valueOf(stored.get(LuceneFields.TYPE)),
                    stored.getField(LuceneFields.ID).numericValue().longValue(),
                    stored.getField(LuceneFields.CUSTOMER_ID).numericValue().longValue(),
                    stored.get(LuceneFields.CUSTOMER_NAME),
                    lastScore,
                    highlights[i],
                    Instant.ofEpochMilli(stored.getField(LuceneFields.CREATED_AT)
                            .numericValue()
                            .longValue())));
        }
        String next = top.scoreDocs.length > limit ? SearchCursor.encode(lastScore, lastKey, fingerprint) : null;
        boolean exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
        return new SearchResult(hits, exact ? top.totalHits.value : EXACT_TOTAL_UP_TO, exact, next);
    }
}
