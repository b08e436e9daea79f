package io.crm.search.query;

import io.crm.common.InvalidInputException;
import io.crm.search.lucene.LuceneFields;
import io.crm.search.lucene.LuceneFields.Source;
import io.crm.search.lucene.UnstemmedWordAnalyzer;
import io.crm.search.query.UserQuery.Kind;
import io.crm.search.query.UserQuery.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Turns a parsed search box query into the Lucene query that scores records by relevance (BM25). Each term is
 * looked for in the masked text, in the clear text too when the caller is cleared for personal data, and, with a
 * low weight, in the customer's name. A prefix is looked for among the words as written, not their stems (see
 * {@link UnstemmedWordAnalyzer}), in an index that has them. A prefix that would expand to too many words of the
 * index, or a query with too many clauses in all, is refused with a 400 before anything runs.
 */
public final class LuceneTextQuery {

    public static final int MAX_PREFIX_TERMS = 64;
    public static final float NAME_BOOST = 0.2f;

    private final LuceneFields fields;
    private final PrefixExpansion prefixes;
    private final boolean clearPii;
    private final boolean unstemmedWords;

    /** {@code unstemmedWords}: whether the index has the words as written, which an index written before lacks. */
    public LuceneTextQuery(LuceneFields fields, IndexReader reader, boolean clearPii, boolean unstemmedWords) {
        this.fields = fields;
        this.prefixes = new PrefixExpansion(reader);
        this.clearPii = clearPii;
        this.unstemmedWords = unstemmedWords;
    }

    public Query build(UserQuery userQuery) {
        BooleanQuery.Builder anyAlternative = new BooleanQuery.Builder();
        boolean searchable = false;
        for (List<Term> alternative : userQuery.alternatives()) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            boolean any = false;
            for (Term term : alternative) {
                Query query = term(term);
                if (query != null) {
                    all.add(query, Occur.MUST);
                    any = true;
                }
            }
            if (any) {
                anyAlternative.add(all.build(), Occur.SHOULD);
                searchable = true;
            }
        }
        if (!searchable) {
            throw invalid("has no words to search for");
        }
        BooleanQuery.Builder result = new BooleanQuery.Builder().add(anyAlternative.build(), Occur.MUST);
        for (Term term : userQuery.exclusions()) {
            Query query = term(term);
            if (query != null) {
                result.add(query, Occur.MUST_NOT);
            }
        }
        Query built = result.build();
        if (leaves(built) + prefixes.extraClauses() > IndexSearcher.getMaxClauseCount()) {
            throw tooComplex();
        }
        return built;
    }

    public static InvalidInputException tooComplex() {
        return invalid("is too complex; use fewer or shorter words");
    }

    /**
     * The term in every searchable field of every analyzer, or null when no analyzer finds a word in it. Where
     * analyzers cut a term without Chinese, Japanese or Korean characters into the same words (English words,
     * numbers), only the field of the last of them is searched, weighted by how many analyzers it stands for, so
     * that scores still add up the same. The last is SmartCN, which splits the text's letters from digits and at
     * every punctuation mark ({@code iPhone15}, {@code O'Neil}), so its field finds every record that the bigram
     * field finds by such words. Chinese words are not treated so: the same two characters can be a word of their
     * own in the bigram field and part of a longer word in the SmartCN field (报价 in 报价单).
     */
    private Query term(Term term) {
        if (term.kind() == Kind.PREFIX && unstemmedWords) {
            return prefixTerm(term.text());
        }
        List<Query> perAnalyzer = new ArrayList<>();
        List<String> masked = fields.fields(Source.MASKED);
        List<String> clear = fields.fields(Source.CLEAR);
        List<String> names = fields.fields(Source.NAME);
        List<List<String>> cuts = new ArrayList<>();
        boolean sameWordsSameRecords =
                term.kind() != Kind.PREFIX && term.text().codePoints().noneMatch(LuceneTextQuery::isCjk);
        for (String field : masked) {
            cuts.add(sameWordsSameRecords ? words(field, term.text()) : null);
        }
        int[] weight = new int[masked.size()];
        for (int i = 0; i < masked.size(); i++) {
            weight[cuts.get(i) == null ? i : cuts.lastIndexOf(cuts.get(i))]++;
        }
        for (int i = 0; i < masked.size(); i++) {
            if (weight[i] == 0) {
                continue;
            }
            List<Query> text = new ArrayList<>();
            addIfPresent(text, field(term, masked.get(i)));
            if (clearPii) {
                addIfPresent(text, field(term, clear.get(i)));
            }
            if (!text.isEmpty()) {
                // The clear and the masked text are mostly the same words: count a word once, not twice.
                perAnalyzer.add(
                        weighted(text.size() == 1 ? text.get(0) : new DisjunctionMaxQuery(text, 0f), weight[i]));
            }
            Query name = field(term, names.get(i));
            if (name != null) {
                perAnalyzer.add(new BoostQuery(name, NAME_BOOST * weight[i]));
            }
        }
        if (perAnalyzer.isEmpty()) {
            return null;
        }
        // A tie breaker of 1 adds the scores up, as a disjunction would, but costs less to run over long lists.
        return perAnalyzer.size() == 1 ? perAnalyzer.get(0) : new DisjunctionMaxQuery(perAnalyzer, 1f);
    }

    /**
     * A prefix among the words as written: a stem can be shorter than the prefix typed (escalation is indexed as
     * escal, which escalat* does not begin). One field stands for every analyzer, weighted by their number, so
     * that the prefix weighs as much beside other words of the query as a word does.
     */
    private Query prefixTerm(String prefix) {
        int weight = fields.fields(Source.MASKED).size();
        List<Query> text = new ArrayList<>();
        addIfPresent(text, prefixes.query(fields.unstemmedField(Source.MASKED), prefix));
        if (clearPii) {
            addIfPresent(text, prefixes.query(fields.unstemmedField(Source.CLEAR), prefix));
        }
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(weighted(text.size() == 1 ? text.get(0) : new DisjunctionMaxQuery(text, 0f), weight));
        alternatives.add(
                new BoostQuery(prefixes.query(fields.unstemmedField(Source.NAME), prefix), NAME_BOOST * weight));
        return new DisjunctionMaxQuery(alternatives, 1f);
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    private static Query weighted(Query query, int weight) {
        return weight == 1 ? query : new BoostQuery(query, weight);
    }

    /** The words, with their positions, that the field's analyzer cuts this text into. */
    private List<String> words(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = fields.analyzer(field).tokenStream(field, text)) {
            CharTermAttribute word = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(increment.getPositionIncrement() + ":" + word);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private Query field(Term term, String field) {
        QueryBuilder builder = new QueryBuilder(fields.analyzer(field));
        return switch (term.kind()) {
            case WORD -> builder.createBooleanQuery(field, term.text(), Occur.MUST);
            case PHRASE -> builder.createPhraseQuery(field, term.text());
            case PREFIX -> prefixes.query(field, term.text());
        };
    }

    private static void addIfPresent(List<Query> queries, Query query) {
        if (query != null) {
            queries.add(query);
        }
    }

    private static int leaves(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query leaf, org.apache.lucene.index.Term... terms) {
                count[0]++;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                count[0]++;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }
        });
        return count[0];
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException("q", message);
    }
}
