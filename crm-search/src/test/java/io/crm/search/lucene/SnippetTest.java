package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snippets show matches in em, escape the rest, stay short, and show personal data only to cleared callers. */
class SnippetTest {

    private static final String PHONE = "13812345678";
    private static final String EMAIL = "zhang.wei@example.com";
    private static final String CLEAR_FOLLOW_UP = "客户要求回访，电话" + PHONE + "，邮箱 " + EMAIL + " 晚上联系。";
    private LuceneIndex index;

    @BeforeEach
    void open() {
        index = LuceneIndex.open(new ByteBuffersDirectory());
        index.apply(
                List.of(
                        DocumentBuilder.followUp(1).text(CLEAR_FOLLOW_UP).build(),
                        DocumentBuilder.note(2)
                                .text("Refund <b>approved</b> & \"sent\"")
                                .build(),
                        DocumentBuilder.note(3)
                                .text("开场白。".repeat(80) + "这里提到了退款。" + "结束语。".repeat(80))
                                .build()),
                List.of());
        index.refresh();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void aMaskedCallerNeverSeesTheClearPhoneOrEmail() {
        SearchResult result = index.search(SearchRequest.of("回访", 10), Reach.EVERYTHING, false);
        String highlight = result.items().get(0).highlight();
        assertTrue(highlight.contains("<em>回访</em>"), highlight);
        assertTrue(highlight.contains("138****5678"), highlight);
        assertFalse(highlight.contains(PHONE) || highlight.contains("zhang.wei"), highlight);
    }

    @Test
    void aMaskedCallerSearchingThePhoneOrEmailFindsNothing() {
        for (String q : List.of(PHONE, EMAIL, "zhang.wei", "\"" + PHONE + "\"", "1381234*")) {
            SearchResult result = index.search(SearchRequest.of(q, 10), Reach.EVERYTHING, false);
            assertEquals(0, result.total(), q);
        }
    }

    @Test
    void aClearedCallerFindsThePhoneAndSeesItMarkedInTheTextTheDatabaseHolds() {
        List<List<String>> asked = new ArrayList<>();
        Function<List<String>, Map<String, String>> database = keys -> {
            asked.add(keys);
            return Map.of("FOLLOW_UP:1", CLEAR_FOLLOW_UP);
        };
        SearchResult result = index.search(SearchRequest.of(PHONE, 10), Reach.EVERYTHING, true, database);
        assertEquals(1, result.total());
        assertTrue(
                result.items().get(0).highlight().contains("<em>" + PHONE + "</em>"),
                result.items().get(0).highlight());
        assertEquals(List.of(List.of("FOLLOW_UP:1")), asked);
        assertTrue(index.search(SearchRequest.of("回访", 10), Reach.EVERYTHING, true, database)
                .items()
                .get(0)
                .highlight()
                .contains(EMAIL));
    }

    @Test
    void theIndexStoresNoClearTextSoWithoutTheDatabaseEvenAClearedCallerSeesItMasked() {
        String highlight = index.search(SearchRequest.of(PHONE, 10), Reach.EVERYTHING, true)
                .items()
                .get(0)
                .highlight();
        assertFalse(highlight.contains(PHONE), highlight);
        assertFalse(highlight.contains(EMAIL), highlight);
    }

    @Test
    void everythingButTheMarksIsHtmlEscaped() {
        String highlight = index.search(SearchRequest.of("refunds", 10), Reach.EVERYTHING, true)
                .items()
                .get(0)
                .highlight();
        assertEquals("<em>Refund</em> &lt;b&gt;approved&lt;/b&gt; &amp; &quot;sent&quot;", highlight);
    }

    @Test
    void prefixAndPhraseMatchesAreMarkedToo() {
        assertEquals(
                "<em>Refund</em> &lt;b&gt;approved&lt;/b&gt; &amp; &quot;sent&quot;",
                index.search(SearchRequest.of("refu*", 10), Reach.EVERYTHING, true)
                        .items()
                        .get(0)
                        .highlight());
        assertTrue(index.search(SearchRequest.of("\"要求回访\"", 10), Reach.EVERYTHING, false)
                .items()
                .get(0)
                .highlight()
                .startsWith("客户<em>要求回访</em>"));
    }

    @Test
    void aLongTextIsCutAroundTheMatch() {
        String highlight = index.search(SearchRequest.of("退款", 10), Reach.EVERYTHING, true)
                .items()
                .get(0)
                .highlight();
        assertTrue(highlight.contains("<em>退款</em>"), highlight);
        assertTrue(highlight.startsWith("…") && highlight.endsWith("…"), highlight);
        assertTrue(highlight.replace("<em>", "").replace("</em>", "").length() <= LuceneSnippets.LENGTH + 2, highlight);
    }

    @Test
    void aRecordFoundByItsCustomerNameShowsTheBeginningOfItsText() {
        index.apply(
                List.of(DocumentBuilder.note(4)
                        .customer(4, "欧阳娜娜")
                        .text("季度回访记录")
                        .build()),
                List.of());
        index.refresh();
        assertEquals(
                "季度回访记录",
                index.search(SearchRequest.of("欧阳娜娜", 10), Reach.EVERYTHING, true)
                        .items()
                        .get(0)
                        .highlight());
    }
}
