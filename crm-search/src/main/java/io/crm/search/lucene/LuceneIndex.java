package io.crm.search.lucene;

import io.crm.common.InvalidInputException;
import io.crm.indexing.SearchDocument;
import io.crm.permission.Reach;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The full-text index of notes and follow-ups on one directory: the outbox processor applies the current state
 * of changed records and commits with the outbox position it reached, and callers search it with their reach and
 * clearance. Changes are visible to searches after {@link #refresh()}, durable after {@link #commit(long)}; what
 * was applied but not committed when the process stops is replayed from the outbox after {@link #position()}.
 * All methods are safe to call from many threads. The caller owns the directory and closes it after this index.
 */
public final class LuceneIndex implements Closeable {

    public static final int MAX_LIMIT = 200;
    /**
     * Matches are counted exactly up to this many; beyond, the total is this lower bound and the search skips the
     * records that can no longer reach the page (block-max WAND), which is what keeps broad queries fast.
     */
    public static final int EXACT_TOTAL_UP_TO = 1000;

    public static final String POSITION = "position";
    public static final String FORMAT = "format";
    /**
     * What the documents of an index hold, kept with each commit: 1 (no marker) before the words as written were
     * indexed for prefixes and before phones typed in any width were masked; 2 since; 3 once the clear text of
     * records with personal data was no longer stored; 4 once its files were sealed on disk. An index of an older
     * format keeps answering (before 2: prefixes against stems, as it did) until a rebuild replaces it.
     */
    public static final int CURRENT_FORMAT = 4;

    private static final int WORDS_AS_WRITTEN = 2;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final LuceneFields fields;
    private final LuceneDocuments documents;
    private final LucenePages pages;
    private final int format;
    private volatile long position;

    private LuceneIndex(IndexWriter writer, LuceneFields fields, int format) throws IOException {
        this.writer = writer;
        this.fields = fields;
        this.format = format;
        this.documents = new LuceneDocuments(fields);
        this.searchers = new SearcherManager(writer, null);
        this.pages = new LucenePages(searchers, fields);
        this.position = Long.parseLong(commitData(writer, POSITION, "0"));
    }

    /** Opens the index in the directory, creating an empty one when there is none. */
    public static LuceneIndex open(Directory directory) {
        return open(directory, TextAnalysis.CHOSEN);
    }

    public static LuceneIndex open(Directory directory, TextAnalysis analysis) {
        LuceneFields fields = new LuceneFields(analysis);
        IndexWriterConfig config = new IndexWriterConfig(fields.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                // Each refresh writes a small segment; packing its files into one would copy them once more.
                .setUseCompoundFile(false)
                // Lucene 9 merges small segments inside a refresh or commit and waits up to 500 ms for it: that wait
                // was
                // the tail of commit → searchable. The background merges do the same work without holding up anyone.
                .setMaxFullFlushMergeWaitMillis(0)
                .setCommitOnClose(false);
        IndexWriter writer = null;
        try {
            boolean empty = !DirectoryReader.indexExists(directory);
            writer = new IndexWriter(directory, config);
            // An index without documents holds nothing of an older format: it is of the current one.
            int format = writer.getDocStats().numDocs == 0
                    ? CURRENT_FORMAT
                    : Integer.parseInt(commitData(writer, FORMAT, "1"));
            if (empty) {
                // A first empty commit, so that the directory holds an index that readers and tools can open.
                writer.setLiveCommitData(
                        Map.of(FORMAT, Integer.toString(format)).entrySet());
                writer.commit();
            }
            return new LuceneIndex(writer, fields, format);
        } catch (IOException e) {
            closeQuietly(writer, e);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether this index was written in an older format and must be rebuilt for every search to work as documented
     * (its documents are kept as they are: documents applied now are of the current format, those before are not).
     */
    public boolean needsRebuild() {
        return format < CURRENT_FORMAT;
    }

    /** The outbox position stored with the last commit, 0 for an index never committed with one. */
    public long position() {
        return position;
    }

    /**
     * Writes the current state of these records and removes the deleted ones (deletions last, so a key in both is
     * gone). Visible to searches after the next {@link #refresh()}.
     */
    public void apply(Collection<SearchDocument> upserts, Collection<String> deletedKeys) {
        try {
            for (SearchDocument record : upserts) {
                Document doc = documents.toDocument(record);
                writer.updateDocument(new Term(LuceneFields.KEY, record.key()), doc);
            }
            if (!deletedKeys.isEmpty()) {
                writer.deleteDocuments(deletedKeys.stream()
                        .map(key -> new Term(LuceneFields.KEY, key))
                        .toArray(Term[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces every record of a customer by its current ones (none when the customer is gone): what a change of
     * the customer's owner, team, shares or name needs, since each record carries them.
     */
    public void replaceCustomer(long customerId, Collection<SearchDocument> current) {
        try {
            writer.deleteDocuments(LongPoint.newExactQuery(LuceneFields.CUSTOMER_ID, customerId));
            for (SearchDocument record : current) {
                writer.updateDocument(new Term(LuceneFields.KEY, record.key()), documents.toDocument(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything applied so far visible to searches, without a commit; blocks until it is. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything applied so far durable, with the outbox position it corresponds to. */
    public synchronized void commit(long newPosition) {
        try {
            writer.setLiveCommitData(Map.of(POSITION, Long.toString(newPosition), FORMAT, Integer.toString(format))
                    .entrySet());
            writer.commit();
            position = newPosition;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of the records this caller may read that match the request, best first; a caller not cleared for
     * personal data ({@code clearPii} false) matches and sees masked text only. Bad input of any kind is an
     * {@link InvalidInputException}.
     */
    public SearchResult search(SearchRequest request, Reach reach, boolean clearPii) {
        return search(request, reach, clearPii, keys -> Map.of());
    }

    /**
     * As {@link #search(SearchRequest, Reach, boolean)}, the snippets of a cleared caller cut from {@code clearTexts}:
     * the clear text of the records with these keys that have personal data in their text (the index stores none).
     */
    public SearchResult search(
            SearchRequest request,
            Reach reach,
            boolean clearPii,
            Function<List<String>, Map<String, String>> clearTexts) {
        return pages.search(request, reach, clearPii, format >= WORDS_AS_WRITTEN, clearTexts);
    }

    /** The records searches see, as of the last refresh. */
    public long documentCount() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the searchers and the writer, without committing: call {@link #commit(long)} first to keep changes. */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String commitData(IndexWriter writer, String key, String absent) {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (key.equals(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return absent;
    }

    private static void closeQuietly(IndexWriter writer, Exception cause) {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
