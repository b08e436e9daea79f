package io.crm.search.lucene;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The ways of cutting note and follow-up text into searchable words that were measured against each other (see
 * docs/search.md). Each analyzer gets its own copy of every text field, suffixed with its name, and a query
 * searches them all; the first one also stores the text that snippets are cut from.
 */
public enum TextAnalysis {
    SMART_CHINESE(List.of("smartcn")),
    CJK_BIGRAMS(List.of("bigram")),
    BOTH(List.of("bigram", "smartcn"));

    /** The analysis in production, chosen by the evaluation in {@code SearchRelevanceEvaluationTest}. */
    public static final TextAnalysis CHOSEN = BOTH;

    private final List<String> analyzerNames;

    TextAnalysis(List<String> analyzerNames) {
        this.analyzerNames = analyzerNames;
    }

    /** Suffixes of the text fields, the first being the one whose field stores the text. */
    public List<String> analyzerNames() {
        return analyzerNames;
    }

    public static Analyzer analyzer(String analyzerName) {
        Supplier<Analyzer> supplier = switch (analyzerName) {
            case "smartcn" -> SmartChineseAnalyzer::new;
            case "bigram" -> CjkBigramAnalyzer::new;
            default -> throw new IllegalArgumentException(analyzerName);
        };
        return supplier.get();
    }
}
