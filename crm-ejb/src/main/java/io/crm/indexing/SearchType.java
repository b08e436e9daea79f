package io.crm.indexing;

/** The kinds of record search finds. */
public enum SearchType {
    NOTE,
    FOLLOW_UP;

    public IndexedEntity entity() {
        return this == NOTE ? IndexedEntity.NOTE : IndexedEntity.FOLLOW_UP;
    }
}
