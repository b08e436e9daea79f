package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.common.InvalidInputException;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchType;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchHit;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private LuceneIndex index;

    @BeforeEach
    void open() {
        index = LuceneIndex.open(new ByteBuffersDirectory());
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aShortRecordAboutTheTermRanksAboveAPassingMention() {
        add(
                DocumentBuilder.note(1)
                        .text("Quarterly review with the customer: discussed the roadmap, the support "
                                + "contract, staffing changes on their side, the migration plan, training for new hires and, at the "
                                + "very end, a refund for one damaged unit."),
                DocumentBuilder.note(2).text("Refund requested. Refund approved, refund sent."),
                DocumentBuilder.note(3).text("Customer wants a refund."));
        assertEquals(List.of(2L, 3L, 1L), ids("refund"));
    }

    @Test
    void aPhraseNeedsItsWordsInOrderWhileWordsMatchAnywhere() {
        add(
                DocumentBuilder.note(1).text("promised a call next week"),
                DocumentBuilder.note(2).text("the week after, next to nothing"),
                DocumentBuilder.note(3).text("下周二上门拍摄"),
                DocumentBuilder.note(4).text("拍摄安排在上门之后"));
        assertEquals(List.of(1L), ids("\"next week\""));
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids("next week")));
        assertEquals(List.of(3L), ids("\"上门拍摄\""));
        assertEquals(Set.of(3L, 4L), Set.copyOf(ids("上门 拍摄")));
    }

    @Test
    void anExcludedWordOrPhraseRemovesRecords() {
        add(
                DocumentBuilder.note(1).text("退款 已处理"),
                DocumentBuilder.note(2).text("退款 申请 被拒绝"),
                DocumentBuilder.note(3).text("refund next week"),
                DocumentBuilder.note(4).text("refund this week"));
        assertEquals(List.of(1L), ids("退款 -拒绝"));
        assertEquals(List.of(4L), ids("refund -\"next week\""));
    }

    @Test
    void orFindsEitherAndAndFindsBoth() {
        add(
                DocumentBuilder.note(1).text("退款"),
                DocumentBuilder.note(2).text("refund"),
                DocumentBuilder.note(3).text("退款 refund"));
        assertEquals(Set.of(1L, 2L, 3L), Set.copyOf(ids("退款 OR refund")));
        assertEquals(List.of(3L), ids("退款 AND refund"));
        assertEquals(List.of(3L), ids("退款 refund"));
    }

    @Test
    void aPrefixFindsEveryWordItBegins() {
        add(
                DocumentBuilder.note(1).text("refund approved"),
                DocumentBuilder.note(2).text("the refunds were late"),
                DocumentBuilder.note(3).text("reference call"),
                DocumentBuilder.note(4).text("Installation done"));
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids("refu*")));
        assertEquals(Set.of(1L, 2L, 3L), Set.copyOf(ids("REF*")));
        assertEquals(List.of(4L), ids("instal*"));
        assertTrue(ids("zz*").isEmpty());
    }

    @Test
    void aPrefixLongerThanTheStemFindsTheWordsItBegins() {
        add(
                DocumentBuilder.note(1).text("Escalation to the regional manager"),
                DocumentBuilder.followUp(2).text("投诉 escalated the delay twice"),
                DocumentBuilder.note(3).text("wants to scale the deployment"),
                DocumentBuilder.note(4).text("Escalations are reviewed weekly"));
        assertEquals(Set.of(1L, 2L, 4L), Set.copyOf(ids("escalat*")));
        assertEquals(Set.of(1L, 4L), Set.copyOf(ids("escalatio*")));
        assertEquals(Set.of(1L, 2L, 4L), Set.copyOf(ids("ESCAL*")));
        assertEquals(List.of(2L), ids("escalat* 投诉"));
        assertEquals(List.of(1L), ids("escalat* -weekly -投诉"));
        assertEquals(
                "<em>Escalation</em> to the regional manager",
                index.search(SearchRequest.of("escalat*", 10), Reach.EVERYTHING, false).items().stream()
                        .filter(hit -> hit.id() == 1L)
                        .findFirst()
                        .orElseThrow()
                        .highlight());
    }

    @Test
    void theCustomerNameIsSearchableButWeighsLessThanTheText() {
        add(
                DocumentBuilder.note(1).customer(7, "李娜").text("季度回访"),
                DocumentBuilder.note(2).customer(8, "王芳").text("李娜 要求回访"));
        assertEquals(List.of(2L, 1L), ids("李娜"));
        assertEquals(List.of(1L), ids("李娜 季度"));
    }

    @Test
    void filtersNarrowTheHits() {
        Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
        add(
                DocumentBuilder.note(1)
                        .customer(10, "A")
                        .author("sales1")
                        .createdAt(t0)
                        .text("回访"),
                DocumentBuilder.followUp(2)
                        .customer(10, "A")
                        .author("sales2")
                        .channel("VISIT")
                        .status("PLANNED")
                        .createdAt(t0.plusSeconds(3600))
                        .text("回访"),
                DocumentBuilder.followUp(3)
                        .customer(11, "B")
                        .author("sales1")
                        .channel("PHONE")
                        .status("DONE")
                        .createdAt(t0.plusSeconds(7200))
                        .text("回访"));
        assertEquals(
                Set.of(2L, 3L),
                Set.copyOf(ids(filter(Set.of(SearchType.FOLLOW_UP), null, null, null, null, null, null))));
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids(filter(Set.of(), 10L, null, null, null, null, null))));
        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(filter(Set.of(), null, "sales1", null, null, null, null))));
        assertEquals(List.of(2L), ids(filter(Set.of(), null, null, "VISIT", null, null, null)));
        assertEquals(List.of(3L), ids(filter(Set.of(), null, null, null, "DONE", null, null)));
        assertEquals(
                List.of(2L),
                ids(filter(Set.of(), null, null, null, null, t0.plusSeconds(3600), t0.plusSeconds(7200))),
                "from is inclusive and to exclusive");
        assertEquals(
                Set.of(1L, 2L, 3L),
                Set.copyOf(
                        ids(filter(Set.of(SearchType.NOTE, SearchType.FOLLOW_UP), null, null, null, null, t0, null))));
    }

    @Test
    void anUpdateReplacesTheTextAndADeleteRemovesTheRecord() {
        add(DocumentBuilder.note(1).text("退款"), DocumentBuilder.followUp(1).text("退款"));
        add(DocumentBuilder.note(1).text("回访"));
        assertEquals(List.of(SearchType.FOLLOW_UP), types("退款"));
        assertEquals(List.of(SearchType.NOTE), types("回访"));
        index.apply(List.of(), List.of(SearchDocument.key(SearchType.FOLLOW_UP, 1)));
        index.refresh();
        assertTrue(ids("退款").isEmpty());
        assertEquals(1, index.documentCount());
    }

    @Test
    void aKeyBothUpdatedAndDeletedInOneBatchEndsDeleted() {
        SearchDocument note = DocumentBuilder.note(1).text("退款").build();
        index.apply(List.of(note), List.of(note.key()));
        index.refresh();
        assertEquals(0, index.documentCount());
    }

    @Test
    void aHitCarriesWhatTheListShows() {
        Instant created = Instant.parse("2026-05-06T07:08:09Z");
        add(DocumentBuilder.followUp(42)
                .customer(9, "上海某某科技")
                .createdAt(created)
                .text("回访 <script>"));
        SearchHit hit = index.search(SearchRequest.of("回访", 10), Reach.EVERYTHING, true)
                .items()
                .get(0);
        assertEquals(
                new SearchHit(
                        SearchType.FOLLOW_UP, 42, 9, "上海某某科技", hit.score(), "<em>回访</em> &lt;script&gt;", created),
                hit);
        assertTrue(hit.score() > 0);
    }

    @Test
    void aSinglePageHasNoNextCursor() {
        add(DocumentBuilder.note(1).text("回访"));
        SearchResult result = index.search(SearchRequest.of("回访", 1), Reach.EVERYTHING, true);
        assertEquals(1, result.total());
        assertNull(result.next());
    }

    @Test
    void theLimitMustBeBetweenOneAndTwoHundred() {
        for (int limit : new int[] {0, -1, 201}) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> index.search(SearchRequest.of("回访", limit), Reach.EVERYTHING, true));
            assertEquals("limit", e.violations().get(0).field());
        }
    }

    @Test
    void theTimeRangeMustNotBeEmpty() {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> index.search(filter(Set.of(), null, null, null, null, t, t), Reach.EVERYTHING, true));
        assertEquals("to", e.violations().get(0).field());
    }

    @Test
    void theCommittedPositionSurvivesCloseAndReopen() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (LuceneIndex first = LuceneIndex.open(directory)) {
            assertEquals(0, first.position());
            first.apply(List.of(DocumentBuilder.note(1).text("回访").build()), List.of());
            first.commit(41);
            first.apply(List.of(DocumentBuilder.note(2).text("回访").build()), List.of());
            assertEquals(41, first.position());
        }
        try (LuceneIndex reopened = LuceneIndex.open(directory)) {
            assertEquals(41, reopened.position());
            assertEquals(1, reopened.documentCount(), "what was applied after the commit is replayed from the outbox");
        }
    }

    private SearchRequest filter(
            Set<SearchType> types,
            Long customerId,
            String authorId,
            String channel,
            String status,
            Instant from,
            Instant to) {
        return new SearchRequest("回访", types, customerId, authorId, channel, status, from, to, 50, null);
    }

    private void add(DocumentBuilder... builders) {
        index.apply(
                java.util.Arrays.stream(builders).map(DocumentBuilder::build).toList(), List.of());
        index.refresh();
    }

    private List<Long> ids(String q) {
        return AnalysisTest.ids(index, q);
    }

    private List<Long> ids(SearchRequest request) {
        return index.search(request, Reach.EVERYTHING, true).items().stream()
                .map(SearchHit::id)
                .toList();
    }

    private List<SearchType> types(String q) {
        return index.search(SearchRequest.of(q, 50), Reach.EVERYTHING, true).items().stream()
                .map(SearchHit::type)
                .toList();
    }
}
