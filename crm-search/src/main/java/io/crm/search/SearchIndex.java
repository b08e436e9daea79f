package io.crm.search;

import io.crm.changelog.ChangeConsumers;
import io.crm.changelog.ChangeLogReader;
import io.crm.common.ServerInstance;
import io.crm.indexing.IndexFailureView;
import io.crm.indexing.IndexingFailures;
import io.crm.indexing.SearchBacklog;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchDocuments;
import io.crm.permission.Reach;
import io.crm.search.changelog.CommittedChanges;
import io.crm.search.changelog.SearchConsumer;
import io.crm.search.lucene.LuceneGeneration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.logging.Logger;
import org.apache.lucene.store.AlreadyClosedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's search index: the live Lucene index that searches read, kept current from the change log of the
 * database (the source of truth) by its {@link SearchConsumer}, and rebuilt beside itself by the search-reindex job.
 * The entry point of the container: searches, the worker and timer, the job and health come through here.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final String REINDEX_JOB = "search-reindex";

    @Inject
    @ConfigProperty(name = "crm.search.index-dir", defaultValue = "crm-index")
    String indexDir;

    /** An instance not heard of for this long no longer holds back the removal of applied changes. */
    @Inject
    @ConfigProperty(name = "crm.search.node-liveness", defaultValue = "PT24H")
    Duration liveness;

    @EJB
    ChangeLogReader log;

    @EJB
    ChangeConsumers consumers;

    @EJB
    IndexingFailures failures;

    @EJB
    SearchDocuments documents;

    @EJB
    SearchMetrics metrics;

    @Inject
    Event<IndexBatch> batches;

    @Inject
    Event<IndexRefreshed> refreshes;

    @Inject
    CommittedChanges committed;

    private String node;
    private SearchConsumer consumer;

    @PostConstruct
    void open() {
        node = ServerInstance.NAME;
        consumer = new SearchConsumer(
                Path.of(indexDir),
                node,
                liveness,
                new SearchConsumer.Sources(
                        log, consumers, failures, documents, batches, committed, metrics::indexingFailed),
                LuceneGeneration::open,
                () -> BatchRuntime.getJobOperator().start(REINDEX_JOB, new Properties()),
                () -> refreshes.fire(new IndexRefreshed()));
        LOG.info(() -> "Search index " + consumer.live().current().generation() + " opened at log position "
                + consumer.live().position() + " on instance " + node);
    }

    @PreDestroy
    void close() {
        consumer.close();
    }

    /** Searches the live index; a search caught by a swap is answered by the new index. */
    public SearchResult search(
            SearchRequest request,
            Reach reach,
            boolean clearPii,
            Function<List<String>, Map<String, String>> clearTexts) {
        try {
            return consumer.live().index().search(request, reach, clearPii, clearTexts);
        } catch (AlreadyClosedException swapped) {
            return consumer.live().index().search(request, reach, clearPii, clearTexts);
        }
    }

    /** Applies the changes committed since the last run: what a commit on this instance asks for. Never waits. */
    public void catchUp() {
        consumer.catchUp();
    }

    /** What the timer does every second: reads the log, checks it can catch up, retries failures, commits. */
    public void maintain() {
        consumer.maintain();
    }

    /** Opens the index a rebuild writes into: a new one, or on a restart the one it began. */
    public void openRebuild(long jobInstance, boolean fresh) {
        consumer.rebuilds().open(jobInstance, fresh);
    }

    /** Adds documents to the index being rebuilt, durably. */
    public void addToRebuild(long jobInstance, List<SearchDocument> batch) {
        consumer.rebuilds().add(jobInstance, batch);
    }

    /**
     * Makes the rebuilt index the live one and applies the changes committed since the rebuild began; returns how
     * many documents it holds. The old index is deleted.
     */
    public long swapInRebuild(long jobInstance) {
        return consumer.swap(jobInstance);
    }

    /** What this instance's index has not applied yet, for health. */
    public SearchBacklog backlog() {
        ChangeLogReader.Waiting waiting = log.waiting(consumer.live().position());
        IndexingFailures.Counts failed = failures.counts(node);
        return new SearchBacklog(waiting.count(), waiting.lag(), failed.retrying(), failed.failed());
    }

    /** The records this instance could not index, oldest failure first. */
    public List<IndexFailureView> failures() {
        return failures.list(node, 200);
    }

    /** Whether the index is being rebuilt because it could not catch up by the log or was of an older format. */
    public boolean rebuilding() {
        return consumer.rebuilds().rebuilding();
    }

    /**
     * Whether the live index misses changes until a rebuild is swapped in; one rebuilt for its format only does not
     * (it is current, and answers prefixes as the version that wrote it did).
     */
    public boolean missesChanges() {
        return consumer.rebuilds().missesChanges();
    }

    public long documentCount() {
        return consumer.live().index().documentCount();
    }
}
