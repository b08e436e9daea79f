package io.crm.indexing;

import io.crm.changelog.EntityType;

/** The kinds of record search finds. */
public enum SearchType {
    NOTE,
    FOLLOW_UP;

    public EntityType entity() {
        return this == NOTE ? EntityType.NOTE : EntityType.FOLLOW_UP;
    }
}
