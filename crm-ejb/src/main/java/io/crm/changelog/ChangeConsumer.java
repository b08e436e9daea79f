package io.crm.changelog;

/**
 * A named reader of the change log. {@link Scope#INSTANCE}: every instance reads every change and keeps its own
 * position (the search index, one per instance). {@link Scope#GROUP}: the deployment group reads each change once;
 * an instance claims the next range under a lease, so two instances do not share a range while its lease runs (at least once: webhook delivery).
 */
public record ChangeConsumer(String name, Scope scope) {

    public enum Scope {
        INSTANCE,
        GROUP
    }

    /** The instance name of a group consumer's single position row. */
    static final String GROUP = "*";

    /** This instance's search index. */
    public static final ChangeConsumer SEARCH_INDEX = new ChangeConsumer("search-index", Scope.INSTANCE);

    public ChangeConsumer {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a consumer needs a name of 1 to 100 characters");
        }
    }

    String row(String instance) {
        return scope == Scope.GROUP ? GROUP : instance;
    }
}
