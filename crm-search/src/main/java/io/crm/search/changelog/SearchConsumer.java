package io.crm.search.changelog;

import io.crm.changelog.ChangeConsumers;
import io.crm.changelog.ChangeLogReader;
import io.crm.indexing.IndexingFailures;
import io.crm.indexing.SearchDocuments;
import io.crm.search.IndexBatch;
import io.crm.search.lucene.LuceneGeneration;
import io.crm.search.lucene.LuceneGenerations;
import jakarta.enterprise.event.Event;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * This instance's search index as a consumer of the change log, put together from its parts: the processor, the
 * loader of current state, the failures store, the committer, the updater of the position, and the rebuilds.
 */
public final class SearchConsumer {

    /**
     * The database and CDI side of the consumer, as the container provides it; {@code failedAttempts} is told of each
     * failed attempt to index a record, with true when the record failed for good.
     */
    public record Sources(
            ChangeLogReader log,
            ChangeConsumers consumers,
            IndexingFailures failures,
            SearchDocuments documents,
            Event<IndexBatch> batches,
            CommittedChanges committed,
            Consumer<Boolean> failedAttempts) {}

    private final LiveIndex live;
    private final Rebuilds rebuilds;
    private final ChangeProcessor processor;
    private final IndexCommitter committer;

    /**
     * Opens the live generation under {@code root}. {@code opener} opens a generation directory, {@code startRebuild}
     * starts the search-reindex job, {@code refreshed} is told each time applied changes became visible to searches.
     */
    public SearchConsumer(
            Path root,
            String node,
            Duration liveness,
            Sources sources,
            Function<Path, LuceneGeneration> opener,
            Runnable startRebuild,
            Runnable refreshed) {
        LuceneGenerations generations = new LuceneGenerations(root);
        live = new LiveIndex(opener.apply(generations.current()));
        rebuilds = new Rebuilds(root, generations, opener, live, sources.log(), startRebuild);
        committer =
                new IndexCommitter(live, new PositionUpdater(sources.consumers(), node, liveness, rebuilds::keepFrom));
        processor = new ChangeProcessor(
                live,
                sources.log(),
                index -> new CurrentStateLoader(index, sources.documents(), sources.batches()),
                new FailureStore(sources.failures(), node, sources.failedAttempts()),
                sources.committed(),
                rebuilds,
                refreshed);
    }

    public LiveIndex live() {
        return live;
    }

    public Rebuilds rebuilds() {
        return rebuilds;
    }

    /** Applies the changes committed since the last run, as fast as it can: what a commit on this instance asks for. */
    public void catchUp() {
        processor.catchUp();
    }

    /**
     * The same, plus what the timer does every second: reads the log, checks that it can still bring the index up to
     * date, retries the failures that are due, and commits (at most once a second, beside the catching up).
     */
    public void maintain() {
        processor.maintain();
        committer.commitIfDue();
    }

    /** Swaps a rebuilt index in and replays the log from where it began; returns how many documents it holds. */
    public long swap(long jobInstance) {
        rebuilds.swap(jobInstance);
        maintain();
        return live.index().documentCount();
    }

    /** Commits the live index and closes every open one. */
    public void close() {
        committer.commitAndClose();
        rebuilds.closeAll();
    }
}
