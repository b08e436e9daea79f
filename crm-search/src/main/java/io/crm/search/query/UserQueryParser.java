package io.crm.search.query;

import io.crm.common.InvalidInputException;
import io.crm.search.query.UserQuery.Kind;
import io.crm.search.query.UserQuery.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the search box syntax of the API: words and phrases in Chinese and English, {@code "quoted phrases"}
 * (also with “ ”), {@code -excluded} words or phrases, {@code prefix*} at the end of a word, and {@code AND} /
 * {@code OR} in capitals; words with no operator between them must all match, AND binds tighter than OR, and an
 * exclusion applies to the whole query. Everything else is literal text: there is no field syntax, no fuzzy or
 * proximity operator and no escaping. Anything that cannot be read, or would be expensive to run, is refused with
 * a 400 on {@code q} rather than guessed at.
 */
public final class UserQueryParser {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_TERMS = 16;
    public static final int MIN_PREFIX = 2;

    private final String q;
    private int at;
    private final List<List<Term>> alternatives = new ArrayList<>();
    private final List<Term> exclusions = new ArrayList<>();
    private String pendingOperator;
    private boolean sawPositive;

    private UserQueryParser(String q) {
        this.q = q;
    }

    public static UserQuery parse(String q) {
        if (q == null || q.isBlank()) {
            throw invalid("is required");
        }
        if (q.codePointCount(0, q.length()) > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        return new UserQueryParser(q).read();
    }

    private UserQuery read() {
        int terms = 0;
        while (skipSpace()) {
            boolean excluded = q.charAt(at) == '-' && at + 1 < q.length() && !isSpace(q.charAt(at + 1));
            if (excluded) {
                at++;
            }
            Term term = isOpeningQuote(q.charAt(at)) ? readPhrase() : readWord(excluded);
            if (term == null) {
                continue;
            }
            if (++terms > MAX_TERMS) {
                throw invalid("may hold at most " + MAX_TERMS + " words and phrases");
            }
            if (excluded) {
                exclusions.add(term);
            } else {
                addPositive(term);
            }
        }
        if (pendingOperator != null) {
            throw invalid(pendingOperator + " must stand between two words");
        }
        if (!sawPositive) {
            throw invalid("needs at least one word that is not excluded");
        }
        return new UserQuery(alternatives, exclusions);
    }

    private void addPositive(Term term) {
        if (alternatives.isEmpty() || "OR".equals(pendingOperator)) {
            alternatives.add(new ArrayList<>());
        }
        alternatives.get(alternatives.size() - 1).add(term);
        pendingOperator = null;
        sawPositive = true;
    }

    /** Reads a word, or records an operator and answers null. */
    private Term readWord(boolean excluded) {
        int start = at;
        while (at < q.length() && !isSpace(q.charAt(at)) && !isOpeningQuote(q.charAt(at))) {
            at++;
        }
        String word = q.substring(start, at);
        if (!excluded && (word.equals("AND") || word.equals("OR"))) {
            if (!sawPositive || pendingOperator != null) {
                throw invalid(word + " must stand between two words");
            }
            pendingOperator = word;
            return null;
        }
        int star = word.indexOf('*');
        if (star < 0) {
            return new Term(Kind.WORD, word);
        }
        if (star != word.length() - 1) {
            throw invalid("* may only end a word, as in refun*");
        }
        String prefix = word.substring(0, star);
        if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX) {
            throw invalid("a prefix needs at least " + MIN_PREFIX + " characters before *");
        }
        if (prefix.codePoints().anyMatch(UserQueryParser::isCjk)) {
            // Chinese has no inflection and is indexed in pieces of characters: the beginning of a Chinese word is
            // found by the characters themselves.
            return new Term(Kind.WORD, prefix);
        }
        if (!prefix.codePoints().allMatch(Character::isLetterOrDigit)) {
            throw invalid("a prefix may hold only letters and digits before *");
        }
        return new Term(Kind.PREFIX, prefix);
    }

    private Term readPhrase() {
        int start = ++at;
        while (at < q.length() && !isClosingQuote(q.charAt(at))) {
            at++;
        }
        if (at == q.length()) {
            throw invalid("has a quote that is not closed");
        }
        String phrase = q.substring(start, at++);
        return phrase.isBlank() ? null : new Term(Kind.PHRASE, phrase);
    }

    /** Skips spaces and answers whether anything is left. */
    private boolean skipSpace() {
        while (at < q.length() && isSpace(q.charAt(at))) {
            at++;
        }
        return at < q.length();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '“';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '”';
    }

    private static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.HANGUL;
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException("q", message);
    }
}
