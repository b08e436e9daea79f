package io.crm.batch.reindex;

/** The job's name and its parameters, as operators pass them. */
public final class SearchReindexJob {

    public static final String NAME = "search-reindex";
    /** Records read and written per chunk (and per commit of the new index); default 500. */
    public static final String CHUNK_SIZE = "chunkSize";

    private SearchReindexJob() {
    }
}
