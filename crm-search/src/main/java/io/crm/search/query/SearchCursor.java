package io.crm.search.query;

import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.search.SearchRequest;
import java.util.regex.Pattern;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of a search page: the score and key of the last hit served, so that the next page starts
 * right after it in the order score descending, key ascending, and a fingerprint of the query and filters, so that
 * a cursor replayed with another query is refused.
 */
public final class SearchCursor {

    public static final String LIST = "search";
    private static final Pattern KEY = Pattern.compile("[A-Z_]+:[0-9]+");

    private SearchCursor() {}

    public static String fingerprint(SearchRequest request) {
        return Cursor.fingerprint(
                request.q(),
                request.types().stream().sorted().toList(),
                request.customerId(),
                request.authorId(),
                request.channel(),
                request.status(),
                request.from(),
                request.to());
    }

    public static String encode(float score, String key, String fingerprint) {
        String position = Integer.toHexString(Float.floatToIntBits(score)) + "+" + key;
        return new Cursor(LIST, position, fingerprint).encode();
    }

    /** The sort values of the last hit served, as Lucene's searchAfter wants them. */
    public static FieldDoc decode(String encoded, String fingerprint) {
        String position = Cursor.decode(encoded, LIST, fingerprint).position();
        int plus = position.indexOf('+');
        if (plus < 0 || !KEY.matcher(position.substring(plus + 1)).matches()) {
            throw invalid();
        }
        float score;
        try {
            score = Float.intBitsToFloat(Integer.parseUnsignedInt(position.substring(0, plus), 16));
        } catch (NumberFormatException e) {
            throw invalid();
        }
        if (!Float.isFinite(score)) {
            throw invalid();
        }
        // Keys are unique, so only the last hit itself ties on both values; the largest doc id skips it wherever it is.
        return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, new BytesRef(position.substring(plus + 1))});
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "is not a cursor this list issued");
    }
}
