package io.crm.batch.reindex;

import io.crm.indexing.SearchType;
import java.io.Serializable;

/** Where the reader stands: the type being read and the last id written. */
record ReindexCheckpoint(SearchType type, long lastId) implements Serializable {}
