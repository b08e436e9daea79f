package io.crm.search.query;

import java.util.List;

/**
 * What a search box query asks for, before it meets the index: records matching any of the {@code alternatives}
 * (each a list of terms that must all match) and none of the {@code exclusions}.
 */
public record UserQuery(List<List<Term>> alternatives, List<Term> exclusions) {

    public enum Kind {
        /** One or more words typed without quotes; every word must match, in any order. */
        WORD,
        /** Words in quotes; they must match one after the other. */
        PHRASE,
        /** The beginning of a word, typed as {@code refun*}. */
        PREFIX
    }

    public record Term(Kind kind, String text) {}

    public UserQuery {
        alternatives = alternatives.stream().map(List::copyOf).toList();
        exclusions = List.copyOf(exclusions);
    }
}
