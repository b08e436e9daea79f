package io.crm.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The prefixes of one user query against the words of the index: each is counted before it runs and refused when it
 * would match too many words; what they expand to counts towards the query's clauses.
 */
final class PrefixExpansion {

    private final IndexReader reader;
    private int extraClauses;

    PrefixExpansion(IndexReader reader) {
        this.reader = reader;
    }

    /** The clauses the prefixes so far add beyond one each. */
    int extraClauses() {
        return extraClauses;
    }

    /** The words of the field that begin with this text, or a 400 when there are too many of them. */
    Query query(String field, String text) {
        BytesRef prefix =
                new BytesRef(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        int expansion = countTermsStartingWith(field, prefix);
        if (expansion > LuceneTextQuery.MAX_PREFIX_TERMS) {
            throw LuceneTextQuery.invalid(text + "* matches too many words; type more of the word");
        }
        if (expansion == 0) {
            return new MatchNoDocsQuery("no word of " + field + " begins with " + text);
        }
        extraClauses += expansion - 1;
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
            for (BytesRef word = words.term();
                    word != null && StringHelper.startsWith(word, prefix) && count <= LuceneTextQuery.MAX_PREFIX_TERMS;
                    word = words.next()) {
                count++;
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
