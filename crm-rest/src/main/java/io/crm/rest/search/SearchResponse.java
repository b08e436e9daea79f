package io.crm.rest.search;

import io.crm.indexing.SearchType;
import io.crm.search.SearchHit;
import io.crm.search.SearchResult;
import io.crm.search.lucene.LuceneIndex;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search hits, best first, with the number of readable records that match. */
@Schema(name = "SearchPage")
@JsonbPropertyOrder({"items", "total", "totalExact", "next"})
public class SearchResponse {

    public final List<Hit> items;

    @Schema(
            description =
                    "How many records you may read match, over all pages: exact up to " + LuceneIndex.EXACT_TOTAL_UP_TO
                            + "; beyond, " + LuceneIndex.EXACT_TOTAL_UP_TO + " with totalExact false")
    public final long total;

    @Schema(
            description =
                    "false when total is a lower bound: more than " + LuceneIndex.EXACT_TOTAL_UP_TO + " records match")
    public final boolean totalExact;

    @JsonbNillable
    @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
    public final String next;

    SearchResponse(SearchResult result) {
        items = result.items().stream().map(Hit::new).toList();
        total = result.total();
        totalExact = result.totalExact();
        next = result.next();
    }

    /** One record found. */
    @Schema(name = "SearchHit")
    @JsonbPropertyOrder({"type", "id", "customerId", "customerName", "score", "highlight", "createdAt"})
    public static class Hit {
        public final SearchType type;
        public final String id;
        public final String customerId;
        public final String customerName;

        @Schema(description = "Relevance; only comparable within one search")
        public final float score;

        @Schema(
                description =
                        "HTML: matches in <em>…</em>, everything else escaped; personal data masked unless you may read it")
        public final String highlight;

        public final Instant createdAt;

        Hit(SearchHit hit) {
            type = hit.type();
            id = Long.toString(hit.id());
            customerId = Long.toString(hit.customerId());
            customerName = hit.customerName();
            score = hit.score();
            highlight = hit.highlight();
            createdAt = hit.createdAt();
        }
    }
}
