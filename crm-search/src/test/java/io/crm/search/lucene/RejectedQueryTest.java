package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchType;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import io.crm.search.query.SearchCursor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every malformed or expensive request is a quick 400 on the field at fault, never another exception. */
class RejectedQueryTest {

    private static LuceneIndex index;

    @BeforeAll
    static void open() {
        index = LuceneIndex.open(new ByteBuffersDirectory());
        List<SearchDocument> records = new ArrayList<>();
        // 100 words beginning with "zq" and 16 families of 64 words each, to make prefixes broad.
        records.add(DocumentBuilder.note(1)
                .text(IntStream.range(0, 100).mapToObj(i -> "zq" + i).collect(Collectors.joining(" ")))
                .build());
        for (char family = 'a'; family < 'a' + 16; family++) {
            String prefix = "x" + family;
            records.add(DocumentBuilder.note(100 + family)
                    .text(IntStream.range(0, 64).mapToObj(i -> prefix + i).collect(Collectors.joining(" ")))
                    .build());
        }
        index.apply(records, List.of());
        index.refresh();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void aMissingQuery() {
        assertRejected("q", request(null));
    }

    @Test
    void aBlankQuery() {
        assertRejected("q", request(" \t　"));
    }

    @Test
    void aQueryLongerThanTwoHundredCharacters() {
        assertRejected("q", request("回访".repeat(101)));
    }

    @Test
    void moreThanSixteenWords() {
        assertRejected(
                "q", request(IntStream.range(0, 17).mapToObj(i -> "w" + i).collect(Collectors.joining(" "))));
    }

    @Test
    void aLeadingWildcard() {
        assertRejected("q", request("*fund"));
    }

    @Test
    void anInnerWildcard() {
        assertRejected("q", request("re*und"));
    }

    @Test
    void aOneCharacterPrefix() {
        assertRejected("q", request("r*"));
    }

    @Test
    void aPrefixMatchingMoreThanSixtyFourWords() {
        assertTrue(assertRejected("q", request("zq*")).getMessage().contains("too many words"));
        assertEquals(1, index.search(request("zq1*"), Reach.EVERYTHING, true).total(), "zq1* matches 11 words");
    }

    @Test
    void tooManyClausesInAll() {
        String sixteenPrefixes = IntStream.range(0, 16)
                .mapToObj(i -> "x" + (char) ('a' + i) + "*")
                .collect(Collectors.joining(" OR "));
        assertTrue(assertRejected("q", request(sixteenPrefixes)).getMessage().contains("too complex"));
    }

    @Test
    void onlyExclusions() {
        assertRejected("q", request("-退款 -refund"));
    }

    @Test
    void anUnbalancedQuote() {
        assertRejected("q", request("\"next week"));
    }

    @Test
    void aDanglingOperator() {
        assertRejected("q", request("退款 OR"));
        assertRejected("q", request("AND 退款"));
    }

    @Test
    void punctuationOnly() {
        assertRejected("q", request("，。!?"));
    }

    @Test
    void aTimeBeyondWhatTheIndexHolds() {
        assertRejected("to", new SearchRequest("回访", Set.of(), null, null, null, null, null, Instant.MAX, 20, null));
    }

    @Test
    void theLongestQueryIsStillAnswered() {
        String longest = "客户要求退款并且希望下周二上门拍摄产品照片".repeat(10).substring(0, 200);
        SearchResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> index.search(request(longest), Reach.EVERYTHING, true));
        assertEquals(0, result.total());
    }

    @Test
    void aCursorThatIsNotOne() {
        assertRejected("cursor", request("回访").withCursor("not a cursor"));
        assertRejected("cursor", request("回访").withCursor(new Cursor("search", "zz+NOTE:1", "x").encode()));
        assertRejected("cursor", request("回访").withCursor(new Cursor("customers", "12", "x").encode()));
        String fingerprint = SearchCursor.fingerprint(request("回访"));
        assertRejected(
                "cursor", request("回访").withCursor(new Cursor("search", "7fc00000+NOTE:1", fingerprint).encode()));
        assertRejected(
                "cursor", request("回访").withCursor(new Cursor("search", "3f800000+DROP:x", fingerprint).encode()));
    }

    @Test
    void aCursorReplayedWithOtherFiltersOrAnotherQuery() {
        for (int i = 0; i < 3; i++) {
            index.apply(List.of(DocumentBuilder.note(1000 + i).text("回访").build()), List.of());
        }
        index.refresh();
        SearchRequest first = new SearchRequest("回访", Set.of(), null, null, null, null, null, null, 1, null);
        String next = index.search(first, Reach.EVERYTHING, true).next();
        index.search(first.withCursor(next), Reach.EVERYTHING, true);
        assertRejected(
                "cursor",
                new SearchRequest("回访", Set.of(SearchType.NOTE), null, null, null, null, null, null, 1, next));
        assertRejected("cursor", new SearchRequest("回访", Set.of(), 5L, null, null, null, null, null, 1, next));
        assertRejected("cursor", new SearchRequest("退款", Set.of(), null, null, null, null, null, null, 1, next));
    }

    private static SearchRequest request(String q) {
        return new SearchRequest(q, Set.of(), null, null, null, null, null, null, 20, null);
    }

    private static InvalidInputException assertRejected(String field, SearchRequest request) {
        InvalidInputException e = assertTimeoutPreemptively(
                Duration.ofMillis(500),
                () -> assertThrows(InvalidInputException.class, () -> index.search(request, Reach.EVERYTHING, true)));
        assertEquals(field, e.violations().get(0).field(), e.getMessage());
        return e;
    }
}
