package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchHit;
import io.crm.search.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    @Test
    void bigramsCutChineseIntoOverlappingPairsAndStemEnglish() throws IOException {
        assertEquals(
                List.of("客户", "户要", "要求", "求退", "退款", "call", "about", "the", "refund", "回访"),
                tokens(new CjkBigramAnalyzer(), "客户要求退款 Called about the refunds, 回访"));
    }

    @Test
    void everyAnalyzerMakesRefundsAndRefundedFindRefund() throws IOException {
        for (String name : TextAnalysis.BOTH.analyzerNames()) {
            Analyzer analyzer = TextAnalysis.analyzer(name);
            assertEquals(List.of("refund", "refund", "refund"), tokens(analyzer, "refund refunds refunded"), name);
        }
    }

    @Test
    void wordsForPrefixesAreLowercasedButNotStemmedAndLeaveChineseOut() throws IOException {
        assertEquals(
                List.of("escalation", "escalated", "abc123", "customer", "iphone15"),
                tokens(new UnstemmedWordAnalyzer(), "Escalation escalated 客户升级 ＡＢＣ１２３ customer's iPhone15"));
    }

    @Test
    void forSnippetsBigramsKeepEachWordAsWrittenBesideItsStem() throws IOException {
        assertEquals(
                List.of("escalation", "escal", "refund", "回访"),
                tokens(new CjkBigramAnalyzer(true), "Escalation refund 回访"));
    }

    @Test
    void fullWidthLettersAndDigitsAreFoldedToPlainOnes() throws IOException {
        assertEquals(List.of("abc123"), tokens(new CjkBigramAnalyzer(), "ＡＢＣ１２３"));
    }

    @Test
    void phoneNumbersStayWholeAndMaskedOnesKeepOnlyTheirVisibleDigits() throws IOException {
        assertEquals(List.of("电话", "13812345678"), tokens(new CjkBigramAnalyzer(), "电话13812345678"));
        assertEquals(List.of("138", "5678"), tokens(new CjkBigramAnalyzer(), "138****5678"));
    }

    @Test
    void mixedChineseAndEnglishTextIsFoundByWordsOfEitherLanguage() {
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            index.apply(
                    List.of(
                            DocumentBuilder.followUp(1)
                                    .text("Called about the refund, promised 回访 next week.")
                                    .build(),
                            DocumentBuilder.note(2).text("客户要求退款，下周二上门拍摄。").build(),
                            DocumentBuilder.note(3).text("客户的iPhone15无法登录App").build(),
                            DocumentBuilder.note(4).text("小米手环8的批量采购").build(),
                            DocumentBuilder.note(5)
                                    .text("Mr O'Neil wants the v2 upgrade")
                                    .build()),
                    List.of());
            index.refresh();
            assertEquals(List.of(1L), ids(index, "回访"));
            assertEquals(List.of(1L), ids(index, "refunded"));
            assertEquals(List.of(1L), ids(index, "回访 refunds"));
            assertEquals(List.of(2L), ids(index, "退款"));
            assertEquals(List.of(2L), ids(index, "上门拍摄"));
            assertEquals(List.of(2L), ids(index, "下周二"));
            assertEquals(List.of(3L), ids(index, "iPhone 15"), "smartcn splits letters from digits");
            assertEquals(List.of(3L), ids(index, "iphone15"), "bigrams keep them together");
            assertEquals(List.of(4L), ids(index, "手环"), "bigrams find a word smartcn cut apart");
            assertEquals(List.of(5L), ids(index, "neil"), "an English word is searched where smartcn cut it out");
            assertEquals(List.of(5L), ids(index, "v2 upgrade"));
            assertTrue(ids(index, "退货").isEmpty());
        }
    }

    static List<Long> ids(LuceneIndex index, String q) {
        return index.search(SearchRequest.of(q, 50), Reach.EVERYTHING, true).items().stream()
                .map(SearchHit::id)
                .toList();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
