package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.indexing.SearchDocument;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchHit;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search hits, totals and snippets come only from records the caller's reach reads. */
class VisibilityTest {

    private LuceneIndex index;

    @BeforeEach
    void open() {
        index = LuceneIndex.open(new ByteBuffersDirectory());
        index.apply(
                List.of(
                        DocumentBuilder.note(1)
                                .owner("sales1")
                                .team("east")
                                .text("回访")
                                .build(),
                        DocumentBuilder.note(2)
                                .owner("sales2")
                                .team("east-1")
                                .text("回访")
                                .build(),
                        DocumentBuilder.note(3)
                                .owner("sales3")
                                .team("west")
                                .sharedWithUsers("sales1", "sales9")
                                .text("回访")
                                .build(),
                        DocumentBuilder.note(4)
                                .owner("sales4")
                                .sharedWithTeams("east")
                                .text("回访")
                                .build(),
                        DocumentBuilder.note(5).owner("sales5").text("回访").build()),
                List.of());
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void everythingReadsAll() {
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), found(Reach.EVERYTHING));
    }

    @Test
    void theTotalCountsOnlyReadableRecordsEvenWhenUnreadableOnesAreManyMore() {
        List<SearchDocument> others = new ArrayList<>();
        for (int i = 100; i < 100 + 3 * LuceneIndex.EXACT_TOTAL_UP_TO; i++) {
            others.add(DocumentBuilder.note(i)
                    .owner("sales7")
                    .team("north")
                    .text("回访")
                    .build());
        }
        index.apply(others, List.of());
        index.refresh();
        SearchResult result = index.search(
                SearchRequest.of("回访", 50), new Reach(false, Set.of("sales5"), Set.of(), Set.of(), Set.of()), true);
        assertEquals(1, result.total());
        assertTrue(result.totalExact());
        assertEquals(List.of(5L), result.items().stream().map(SearchHit::id).toList());
    }

    @Test
    void nothingReadsNone() {
        SearchResult result = index.search(SearchRequest.of("回访", 50), Reach.NOTHING, true);
        assertTrue(result.items().isEmpty());
        assertEquals(0, result.total());
    }

    @Test
    void anOwnerReadsTheirOwn() {
        assertEquals(Set.of(5L), found(new Reach(false, Set.of("sales5"), Set.of(), Set.of(), Set.of())));
    }

    @Test
    void aManagerReadsTheTeamsOfTheirReach() {
        assertEquals(Set.of(1L, 2L), found(new Reach(false, Set.of(), Set.of("east", "east-1"), Set.of(), Set.of())));
    }

    @Test
    void aUserReadsWhatIsSharedWithThem() {
        assertEquals(Set.of(3L), found(new Reach(false, Set.of(), Set.of(), Set.of("sales9"), Set.of())));
    }

    @Test
    void aTeamMemberReadsWhatIsSharedWithTheirTeam() {
        assertEquals(Set.of(4L), found(new Reach(false, Set.of(), Set.of(), Set.of(), Set.of("east"))));
    }

    @Test
    void aSalesUserReadsTheirOwnAndWhatIsSharedWithThem() {
        Reach sales1 = new Reach(false, Set.of("sales1"), Set.of(), Set.of("sales1"), Set.of());
        assertEquals(Set.of(1L, 3L), found(sales1));
        assertEquals(2, index.search(SearchRequest.of("回访", 50), sales1, true).total());
    }

    @Test
    void readableRecordsAreNeverCrowdedOutByUnreadableOnesThatScoreHigher() {
        List<SearchDocument> records = new ArrayList<>();
        for (int i = 100; i < 600; i++) {
            records.add(DocumentBuilder.note(i).owner("boss").text("退款 退款 退款").build());
        }
        for (int i = 1000; i < 1003; i++) {
            records.add(DocumentBuilder.note(i)
                    .owner("me")
                    .text("客户在电话里提到了一次退款，其余时间在谈续约、培训和发票的细节。")
                    .build());
        }
        index.apply(records, List.of());
        index.refresh();
        Reach me = new Reach(false, Set.of("me"), Set.of(), Set.of(), Set.of());
        SearchResult result = index.search(SearchRequest.of("退款", 10), me, true);
        assertEquals(3, result.total());
        assertEquals(
                Set.of(1000L, 1001L, 1002L),
                result.items().stream().map(SearchHit::id).collect(Collectors.toSet()));
    }

    private Set<Long> found(Reach reach) {
        SearchResult result = index.search(SearchRequest.of("回访", 50), reach, true);
        assertEquals(result.items().size(), result.total());
        return result.items().stream().map(SearchHit::id).collect(Collectors.toSet());
    }
}
