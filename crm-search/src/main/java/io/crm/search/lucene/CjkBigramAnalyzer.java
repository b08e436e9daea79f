package io.crm.search.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Cuts mixed Chinese and English text into words without a dictionary: Chinese as overlapping pairs of characters
 * (退款, 上门, 拍摄, and also 户要), English words lowercased and stemmed (refunds, refunded → refund), numbers
 * whole. It never misses a Chinese word it does not know, at the price of some pairs that straddle two words.
 * For snippets it can also keep each English word as written beside its stem, so that a prefix longer than the
 * stem (escalat* for escalation, stem escal) is marked too.
 */
public final class CjkBigramAnalyzer extends Analyzer {

    private final boolean keepUnstemmed;

    public CjkBigramAnalyzer() {
        this(false);
    }

    public CjkBigramAnalyzer(boolean keepUnstemmed) {
        this.keepUnstemmed = keepUnstemmed;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(result);
        result = new CJKBigramFilter(result);
        result = new EnglishPossessiveFilter(result);
        if (keepUnstemmed) {
            result = new RemoveDuplicatesTokenFilter(new PorterStemFilter(new KeywordRepeatFilter(result)));
        } else {
            result = new PorterStemFilter(result);
        }
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
