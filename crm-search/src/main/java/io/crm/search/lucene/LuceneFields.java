package io.crm.search.lucene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The names of the index fields and the analyzer of each. Searchable text comes in three sources, each indexed
 * once per analyzer of the {@link TextAnalysis}: the masked text that every reader may search, the clear text
 * that only callers cleared for personal data may search, and the customer's name. Each source has one more field,
 * {@code <source>.unstemmed}, of its words as written, which prefixes are matched against.
 */
public final class LuceneFields {

    public static final String KEY = "key";
    public static final String TYPE = "type";
    public static final String ID = "id";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String CUSTOMER_NAME = "customer_name";
    public static final String AUTHOR_ID = "author_id";
    public static final String CHANNEL = "channel";
    public static final String STATUS = "status";
    public static final String CREATED_AT = "created_at";

    public static final String VIS_OWNER = "vis_owner";
    public static final String VIS_TEAM = "vis_team";
    public static final String VIS_SHARE_USER = "vis_share_user";
    public static final String VIS_SHARE_TEAM = "vis_share_team";

    /** A source of searchable text; its fields are {@code <source>.<analyzer>}. */
    public enum Source {
        MASKED("text"),
        CLEAR("text_clear"),
        NAME("name");

        private final String prefix;

        Source(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final String UNSTEMMED = "unstemmed";

    private final TextAnalysis analysis;
    private final Map<String, Analyzer> analyzerByField = new HashMap<>();
    private final Analyzer indexAnalyzer;
    private final Analyzer snippetAnalyzer;

    public LuceneFields(TextAnalysis analysis) {
        this.analysis = analysis;
        Map<String, Analyzer> forSnippets = new HashMap<>();
        Analyzer unstemmed = new UnstemmedWordAnalyzer();
        for (Source source : Source.values()) {
            analyzerByField.put(unstemmedField(source), unstemmed);
        }
        for (String analyzerName : analysis.analyzerNames()) {
            Analyzer analyzer = TextAnalysis.analyzer(analyzerName);
            Analyzer snippets = analyzer instanceof CjkBigramAnalyzer ? new CjkBigramAnalyzer(true) : analyzer;
            for (Source source : Source.values()) {
                analyzerByField.put(field(source, analyzerName), analyzer);
                forSnippets.put(field(source, analyzerName), snippets);
            }
        }
        indexAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), analyzerByField);
        snippetAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), forSnippets);
    }

    public List<String> fields(Source source) {
        return analysis.analyzerNames().stream()
                .map(name -> field(source, name))
                .toList();
    }

    /** The field of this source's words as written, not stemmed: where prefixes are looked for. */
    public String unstemmedField(Source source) {
        return source.prefix + "." + UNSTEMMED;
    }

    /** The field of this source that stores the text, for snippets. */
    public String storedField(Source source) {
        return field(source, analysis.analyzerNames().get(0));
    }

    public Analyzer analyzer(String field) {
        return analyzerByField.get(field);
    }

    /** Analyzes each text field with its own analyzer; every other field is a single keyword. */
    public Analyzer indexAnalyzer() {
        return indexAnalyzer;
    }

    /**
     * Cuts stored text again for its snippet, as it was indexed, but keeping English words as written beside their
     * stems where the analyzer stems them, so that a prefix match is marked as well as a word match.
     */
    public Analyzer snippetAnalyzer() {
        return snippetAnalyzer;
    }

    private static String field(Source source, String analyzerName) {
        return source.prefix + "." + analyzerName;
    }
}
