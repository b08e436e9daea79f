package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.indexing.SearchDocument;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchHit;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Deep paging by cursor serves every hit exactly once, in score then key order, with a constant total: exact up to
 * {@link LuceneIndex#EXACT_TOTAL_UP_TO}, a lower bound beyond, where the search skips what cannot reach the page.
 */
class PagingTest {

    @Test
    void beyondTheExactLimitTheTotalIsALowerBoundAndPagingStillServesEveryHitOnceInOrder() {
        int matching = 2 * LuceneIndex.EXACT_TOTAL_UP_TO + 345;
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            List<SearchDocument> records = new ArrayList<>();
            for (int i = 1; i <= matching; i++) {
                records.add(DocumentBuilder.note(i)
                        .text("退款 ".repeat(1 + i % 4) + "客户 ".repeat(i % 9) + "refund")
                        .build());
            }
            for (int i = matching + 1; i <= matching + 50; i++) {
                records.add(DocumentBuilder.note(i).text("电话回访").build());
            }
            index.apply(records, List.of());
            index.refresh();
            List<SearchHit> served = new ArrayList<>();
            SearchRequest request = SearchRequest.of("退款", 50);
            do {
                SearchResult page = index.search(request, Reach.EVERYTHING, true);
                assertEquals(LuceneIndex.EXACT_TOTAL_UP_TO, page.total());
                assertFalse(page.totalExact());
                served.addAll(page.items());
                request = request.withCursor(page.next());
            } while (request.cursor() != null);
            assertEquals(matching, served.size());
            assertEquals(matching, served.stream().map(SearchHit::id).distinct().count());
            for (int i = 1; i < served.size(); i++) {
                SearchHit before = served.get(i - 1);
                SearchHit after = served.get(i);
                assertTrue(
                        before.score() > after.score()
                                || before.score() == after.score()
                                        && SearchDocument.key(before.type(), before.id())
                                                        .compareTo(SearchDocument.key(after.type(), after.id()))
                                                < 0,
                        "best first, equal scores by key, at " + i);
            }
            SearchResult few = index.search(SearchRequest.of("回访", 10), Reach.EVERYTHING, true);
            assertEquals(50, few.total());
            assertTrue(few.totalExact());
        }
    }

    @Test
    void aThousandEqualHitsInPagesOfSevenComeOnceEachWithoutGaps() {
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            List<SearchDocument> records = new ArrayList<>();
            for (int i = 1; i <= 1000; i++) {
                records.add(DocumentBuilder.note(i).text("电话回访").build());
            }
            index.apply(records, List.of());
            index.refresh();
            List<String> served = new ArrayList<>();
            SearchRequest request = SearchRequest.of("回访", 7);
            int pages = 0;
            do {
                SearchResult page = index.search(request, Reach.EVERYTHING, true);
                assertEquals(1000, page.total());
                assertTrue(page.totalExact());
                assertTrue(page.items().size() == 7 || page.next() == null);
                page.items().forEach(hit -> served.add(SearchDocument.key(hit.type(), hit.id())));
                request = request.withCursor(page.next());
                pages++;
            } while (request.cursor() != null);
            assertEquals(143, pages);
            assertEquals(1000, served.size());
            assertEquals(1000, new HashSet<>(served).size());
            assertEquals(served.stream().sorted().toList(), served, "equal scores are ordered by key");
        }
    }

    @Test
    void pagesFollowTheScoreAndTheLastPageHasNoCursor() {
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            List<SearchDocument> records = new ArrayList<>();
            for (int i = 1; i <= 30; i++) {
                records.add(DocumentBuilder.followUp(i)
                        .text("退款 ".repeat(1 + i % 5) + "客户 ".repeat(i % 7))
                        .build());
            }
            index.apply(records, List.of());
            index.refresh();
            List<SearchHit> all = index.search(SearchRequest.of("退款", 200), Reach.EVERYTHING, true)
                    .items();
            List<SearchHit> paged = new ArrayList<>();
            SearchRequest request = SearchRequest.of("退款", 4);
            SearchResult page;
            do {
                page = index.search(request, Reach.EVERYTHING, true);
                paged.addAll(page.items());
                request = request.withCursor(page.next());
            } while (page.next() != null);
            assertEquals(all, paged);
            assertNull(page.next());
            assertEquals(Set.copyOf(all).size(), 30);
        }
    }
}
