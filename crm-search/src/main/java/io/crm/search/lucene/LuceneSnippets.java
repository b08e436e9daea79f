package io.crm.search.lucene;

import io.crm.search.lucene.LuceneFields.Source;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The snippet of each hit: about {@value #LENGTH} characters of its text around the best matches, as HTML with the
 * matched words in {@code <em>}. A caller cleared for personal data gets it from the clear text, which the index does
 * not store: it is loaded from the database for the hits whose text holds personal data ({@code clearTexts}) and
 * analyzed again; anyone else gets it from the stored masked text only, which is all their query could match.
 */
public final class LuceneSnippets {

    public static final int LENGTH = 200;
    private static final Set<String> KEY = Set.of(LuceneFields.KEY);
    private static final int GOAL = 160;

    private final LuceneFields fields;

    public LuceneSnippets(LuceneFields fields) {
        this.fields = fields;
    }

    /** {@code clearTexts} null: the caller is not cleared for personal data. */
    public String[] highlight(
            IndexSearcher searcher,
            Query textQuery,
            ScoreDoc[] hits,
            Function<List<String>, Map<String, String>> clearTexts)
            throws IOException {
        boolean clearPii = clearTexts != null;
        int[] docIds = new int[hits.length];
        for (int i = 0; i < hits.length; i++) {
            docIds[i] = hits[i].doc;
        }
        String masked = fields.storedField(Source.MASKED);
        String clear = fields.storedField(Source.CLEAR);
        Map<Integer, String> clearByDoc = new HashMap<>();
        if (clearPii && hits.length > 0) {
            Map<Integer, String> keys = new HashMap<>();
            for (int doc : docIds) {
                keys.put(doc, searcher.storedFields().document(doc, KEY).get(LuceneFields.KEY));
            }
            Map<String, String> texts = clearTexts.apply(List.copyOf(keys.values()));
            keys.forEach((doc, key) -> {
                if (texts.get(key) != null) {
                    clearByDoc.put(doc, texts.get(key));
                }
            });
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, fields.snippetAnalyzer())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), GOAL, 0.5f))
                .withFormatter(new Formatter())
                .withMaxNoHighlightPassages(1)
                // Word by word, from the stored text cut again by its analyzer; weighing matches as whole queries
                // would build an in-memory index of every hit, more than half of a search's time.
                .withWeightMatches(false)
                // A word may be searched in one analyzer's field only (see LuceneTextQuery): mark it in the stored
                // text of the other all the same.
                .withFieldMatcher(field -> true);
        UnifiedHighlighter highlighter = new TextFromDatabase(builder, masked, clear, clearByDoc);
        String[] wanted = clearPii ? new String[] {clear, masked} : new String[] {masked};
        Map<String, String[]> byField = highlighter.highlightFields(wanted, textQuery, docIds, onePassageEach(wanted));
        String[] snippets = byField.get(masked);
        if (clearPii) {
            // Only records with personal data in their text have a clear text of their own.
            String[] clearSnippets = byField.get(clear);
            for (int i = 0; i < snippets.length; i++) {
                if (clearSnippets[i] != null) {
                    snippets[i] = clearSnippets[i];
                }
            }
        }
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = snippets[i] == null ? "" : snippets[i];
        }
        return snippets;
    }

    /** Reads the masked text from the index and the clear text from what the database answered. */
    private static final class TextFromDatabase extends UnifiedHighlighter {

        private final String masked;
        private final String clear;
        private final Map<Integer, String> clearByDoc;

        TextFromDatabase(Builder builder, String masked, String clear, Map<Integer, String> clearByDoc) {
            super(builder);
            this.masked = masked;
            this.clear = clear;
            this.clearByDoc = clearByDoc;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] wanted, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            Set<String> stored = Set.of(masked);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                Document document = searcher.storedFields().document(doc, stored);
                CharSequence[] row = new CharSequence[wanted.length];
                for (int i = 0; i < wanted.length; i++) {
                    row[i] = wanted[i].equals(clear) ? clearByDoc.get(doc) : document.get(wanted[i]);
                }
                values.add(row);
            }
            return values;
        }
    }

    private static int[] onePassageEach(String[] wanted) {
        int[] passages = new int[wanted.length];
        Arrays.fill(passages, 1);
        return passages;
    }

    /** Writes the best passage, cut to the length around its first match, escaped, matches in em. */
    private static final class Formatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return "";
            }
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            if (end - start > LENGTH) {
                int firstMatch = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
                start = Math.max(start, Math.min(firstMatch - LENGTH / 4, end - LENGTH));
                end = start + LENGTH;
            }
            if (Character.isLowSurrogate(content.charAt(start))) {
                start++;
            }
            if (end < content.length() && Character.isLowSurrogate(content.charAt(end))) {
                end--;
            }
            StringBuilder html = new StringBuilder();
            if (start > 0) {
                html.append('…');
            }
            int at = start;
            int[] starts = passage.getMatchStarts();
            int[] ends = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(starts[i], at);
                int matchEnd = ends[i];
                // Overlapping matches (pairs of Chinese characters overlap) are marked as one.
                while (i + 1 < passage.getNumMatches() && starts[i + 1] <= matchEnd) {
                    matchEnd = Math.max(matchEnd, ends[++i]);
                }
                matchEnd = Math.min(matchEnd, end);
                if (matchStart >= matchEnd) {
                    continue;
                }
                escape(content, at, matchStart, html);
                html.append("<em>");
                escape(content, matchStart, matchEnd, html);
                html.append("</em>");
                at = matchEnd;
            }
            escape(content, at, end, html);
            if (end < content.length()) {
                html.append('…');
            }
            return html.toString();
        }

        private static void escape(String content, int from, int to, StringBuilder html) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    case '\'' -> html.append("&#39;");
                    default -> html.append(c);
                }
            }
        }
    }
}
