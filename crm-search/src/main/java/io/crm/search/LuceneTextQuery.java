package io.crm.search;

import io.crm.common.InvalidInputException;
import io.crm.search.LuceneFields.Source;
import io.crm.search.UserQuery.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Turns a parsed search box query into the Lucene query that scores records by relevance (BM25). Each term is
 * looked for in the masked text, in the clear text too when the caller is cleared for personal data, and, with a
 * low weight, in the customer's name. A prefix that would expand to too many words of the index, or a query with
 * too many clauses in all, is refused with a 400 before anything runs.
 */
final class LuceneTextQuery {

    static final int MAX_PREFIX_TERMS = 64;
    static final float NAME_BOOST = 0.2f;

    private final LuceneFields fields;
    private final IndexReader reader;
    private final boolean clearPii;
    private int prefixExpansion;

    LuceneTextQuery(LuceneFields fields, IndexReader reader, boolean clearPii) {
        this.fields = fields;
        this.reader = reader;
        this.clearPii = clearPii;
    }

    Query build(UserQuery userQuery) {
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
        if (leaves(built) + prefixExpansion > IndexSearcher.getMaxClauseCount()) {
            throw tooComplex();
        }
        return built;
    }

    static InvalidInputException tooComplex() {
        return invalid("is too complex; use fewer or shorter words");
    }

    /** The term in every searchable field of every analyzer, or null when no analyzer finds a word in it. */
    private Query term(Term term) {
        List<Query> perAnalyzer = new ArrayList<>();
        List<String> masked = fields.fields(Source.MASKED);
        List<String> clear = fields.fields(Source.CLEAR);
        List<String> names = fields.fields(Source.NAME);
        for (int i = 0; i < masked.size(); i++) {
            List<Query> text = new ArrayList<>();
            addIfPresent(text, field(term, masked.get(i)));
            if (clearPii) {
                addIfPresent(text, field(term, clear.get(i)));
            }
            if (!text.isEmpty()) {
                // The clear and the masked text are mostly the same words: count a word once, not twice.
                perAnalyzer.add(text.size() == 1 ? text.get(0) : new DisjunctionMaxQuery(text, 0f));
            }
            Query name = field(term, names.get(i));
            if (name != null) {
                perAnalyzer.add(new BoostQuery(name, NAME_BOOST));
            }
        }
        if (perAnalyzer.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        perAnalyzer.forEach(query -> any.add(query, Occur.SHOULD));
        return any.build();
    }

    private Query field(Term term, String field) {
        QueryBuilder builder = new QueryBuilder(fields.analyzer(field));
        return switch (term.kind()) {
            case WORD -> builder.createBooleanQuery(field, term.text(), Occur.MUST);
            case PHRASE -> builder.createPhraseQuery(field, term.text());
            case PREFIX -> prefix(field, term.text());
        };
    }

    private Query prefix(String field, String text) {
        BytesRef prefix = new BytesRef(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        int expansion = countTermsStartingWith(field, prefix);
        if (expansion > MAX_PREFIX_TERMS) {
            throw invalid(text + "* matches too many words; type more of the word");
        }
        if (expansion == 0) {
            return new MatchNoDocsQuery("no word of " + field + " begins with " + text);
        }
        prefixExpansion += expansion - 1;
        return new PrefixQuery(new org.apache.lucene.index.Term(field, prefix), MultiTermQuery.SCORING_BOOLEAN_REWRITE);
    }

    /** Counts the distinct words of the field with this prefix, up to one more than allowed. */
    private int countTermsStartingWith(String field, BytesRef prefix) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                return 0;
            }
            TermsEnum words = terms.iterator();
            if (words.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
                return 0;
            }
            int count = 0;
            for (BytesRef word = words.term(); word != null && StringHelper.startsWith(word, prefix)
                    && count <= MAX_PREFIX_TERMS; word = words.next()) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("q", message);
    }
}
