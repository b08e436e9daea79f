package io.crm.search;

import io.crm.indexing.IndexBacklog;
import io.crm.indexing.IndexChange;
import io.crm.indexing.IndexFailureView;
import io.crm.indexing.IndexFeed;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchDocuments;
import io.crm.permission.Reach;
import jakarta.annotation.PostConstruct;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.apache.lucene.store.AlreadyClosedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's search index: the live Lucene index that searches read, kept current from the change log of the
 * database (the source of truth), committed with the log position it reached, and rebuilt beside itself when asked
 * (the search-reindex job), when it cannot catch up by the log, or when it was written in an older format. One
 * writer at a time: catching up and swapping take turns on one lock; searches never wait for it. Commits take a lock of their own, so that the seconds a
 * commit may spend writing and syncing files never hold up fresh changes.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int BATCH = 500;
    /** How long committed changes may wait in memory before a commit makes them durable. */
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(1);
    static final String REINDEX_JOB = "search-reindex";
    private static final Duration REBUILD_RETRY = Duration.ofMinutes(1);
    private static final String OLDER_FORMAT = "the index was written in an older format";
    /**
     * How often, at most, catching up after this instance's commits also reads the log, which orders the changes of
     * every instance in a write transaction; the timer reads it every second in any case.
     */
    private static final Duration READ_LOG_EVERY = Duration.ofMillis(100);
    /** Announcements come within moments of the commit: the last reading of the log is all they need to be checked against. */
    private static final int REMEMBER_APPLIED_FROM_LOG = 10_000;

    @Inject
    @ConfigProperty(name = "crm.search.index-dir", defaultValue = "crm-index")
    String indexDir;

    /** An instance not heard of for this long no longer holds back the removal of applied changes. */
    @Inject
    @ConfigProperty(name = "crm.search.node-liveness", defaultValue = "PT24H")
    Duration liveness;

    @EJB
    IndexFeed feed;

    @EJB
    SearchDocuments documents;

    @EJB
    SearchMetrics metrics;

    @Inject
    Event<IndexBatch> batches;

    @Inject
    Event<IndexRefreshed> refreshes;

    @Inject
    IndexWakeup committed;

    private final ReentrantLock writing = new ReentrantLock();
    /** Taken after {@code writing} where both are needed, never before it. */
    private final ReentrantLock committing = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean maintenanceDue = new AtomicBoolean(true);
    private volatile boolean failuresExist = true;
    private final Map<Long, OpenIndex> rebuilds = new ConcurrentHashMap<>();
    private IndexGenerations generations;
    private String node;
    /** The live index and the log position applied to it, always read and set together. */
    private volatile Progress progress;
    private long committedAt;
    private volatile boolean behind;
    /** Rebuilding for the format alone: the live index misses no change, searches are right but for prefixes. */
    private volatile boolean formatOnly;
    private long rebuildRequestedAt = System.nanoTime() - REBUILD_RETRY.toNanos();
    // The three below are used under the writing lock only.
    /** Events applied as announced that the log has not met yet: it skips them. */
    private final Set<Long> appliedAhead = new HashSet<>();
    /** Events the last reading of the log applied: announced after that, they are not applied again. */
    private Set<Long> appliedFromLog = Set.of();
    private long logReadAt = System.nanoTime() - READ_LOG_EVERY.toNanos();

    @PostConstruct
    void open() {
        node = System.getProperty("com.sun.aas.instanceName", "server");
        generations = new IndexGenerations(Path.of(indexDir));
        OpenIndex opened = OpenIndex.open(generations.current());
        progress = new Progress(opened, opened.index().position());
        committedAt = System.nanoTime();
        LOG.info(() -> "Search index " + live().generation() + " opened at log position " + applied() + " on instance " + node);
        if (opened.index().needsRebuild() && !Files.exists(rebuildNeededMarker())) {
            // It keeps answering meanwhile; the timer starts the rebuild as for an index that cannot catch up.
            LOG.warning(() -> "Search index " + live().generation() + " was written in an older format; rebuilding it");
            markRebuildNeeded(OLDER_FORMAT);
        }
    }

    @PreDestroy
    void close() {
        writing.lock();
        committing.lock();
        try {
            Progress last = progress;
            last.index().index().commit(last.position());
            last.index().close();
            rebuilds.values().forEach(OpenIndex::close);
        } finally {
            committing.unlock();
            writing.unlock();
        }
    }

    /** Searches the live index; a search caught by a swap is answered by the new index. */
    public SearchResult search(SearchRequest request, Reach reach, boolean clearPii) {
        try {
            return live().index().search(request, reach, clearPii);
        } catch (AlreadyClosedException swapped) {
            return live().index().search(request, reach, clearPii);
        }
    }

    /**
     * Applies the changes committed since the last run: what a commit on this instance asks for, as fast as it can.
     * Never waits: if another thread is at it, that thread goes round once more.
     */
    public void catchUp() {
        run();
    }

    /**
     * The same, plus what the timer does every second: checks that the log can still bring the index up to date,
     * retries the failures that are due, and commits (at most once a second, beside the catching up of fresh
     * changes).
     */
    public void maintain() {
        maintenanceDue.set(true);
        run();
        commitIfDue();
    }

    private void run() {
        again.set(true);
        // Whoever holds the lock runs once more for a request that came while it was busy.
        while (again.get() && writing.tryLock()) {
            try {
                again.set(false);
                applyLog(maintenanceDue.getAndSet(false));
            } finally {
                writing.unlock();
            }
        }
    }

    private void applyLog(boolean maintenance) {
        try {
            if (applyAnnounced()) {
                refresh();
            }
            if (maintenance || System.nanoTime() - logReadAt >= READ_LOG_EVERY.toNanos()) {
                readLog(maintenance);
                refresh();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Catching up the search index failed; the next change or the timer tries again", e);
        }
    }

    private void refresh() {
        live().index().refresh();
        refreshes.fire(new IndexRefreshed());
    }

    /**
     * Applies what this instance's transactions committed, as they announced it after commit, without waiting for
     * the log to give it a position: a record loaded after its change committed holds that change, so the log
     * skips these events when it meets them. Tells whether it applied anything.
     */
    private boolean applyAnnounced() {
        List<IndexChange> announced = committed.take(BATCH);
        if (announced.size() == BATCH) {
            again.set(true);
        }
        List<IndexChange> fresh = announced.stream().filter(c -> !appliedFromLog.contains(c.event())).toList();
        if (fresh.isEmpty()) {
            return false;
        }
        applyAndRecord(new ChangeApplier(live().index(), documents, batches), fresh);
        fresh.forEach(c -> appliedAhead.add(c.event()));
        return true;
    }

    /**
     * Applies the log from this index's position to its end (changes of every instance, in commit order), skipping
     * the events already applied as announced, and moves the position; on maintenance also checks that the log can
     * bring the index up to date and retries the failures that are due.
     */
    private void readLog(boolean maintenance) {
        long end = logEnd();
        logReadAt = System.nanoTime();
        if (maintenance) {
            checkReachable(end);
            failuresExist = feed.hasFailures(node);
        }
        ChangeApplier applier = new ChangeApplier(live().index(), documents, batches);
        Set<Long> applied = new HashSet<>();
        List<IndexChange> changes;
        do {
            changes = feed.after(applied(), BATCH);
            if (!changes.isEmpty()) {
                List<IndexChange> pending = changes.stream().filter(c -> !appliedAhead.remove(c.event())).toList();
                if (!pending.isEmpty()) {
                    applyAndRecord(applier, pending);
                }
                if (applied.size() < REMEMBER_APPLIED_FROM_LOG) {
                    pending.forEach(c -> applied.add(c.event()));
                }
                progress = new Progress(live(), changes.get(changes.size() - 1).position());
            }
        } while (changes.size() == BATCH);
        // Every event applied ahead committed before the log was sequenced above, so the log has met it by now.
        appliedAhead.clear();
        appliedFromLog = applied;
        if (maintenance && failuresExist) {
            List<IndexChange> retries = feed.dueRetries(node, BATCH);
            if (!retries.isEmpty()) {
                applyAndRecord(applier, retries);
            }
        }
    }

    /** A new live index has applied nothing ahead of its log. */
    private void forgetAppliedAhead() {
        appliedAhead.clear();
        appliedFromLog = Set.of();
    }

    /**
     * Applies changes and keeps the failure records current: a record that fails is counted for a retry, one that
     * went through is no longer failing (whether this was its retry or a newer change).
     */
    private void applyAndRecord(ChangeApplier applier, List<IndexChange> changes) {
        List<ChangeApplier.Failure> failures = applier.apply(changes);
        failures.forEach(f -> failed(f.change(), f.error()));
        if (failuresExist) {
            Set<IndexChange> failedChanges = new HashSet<>();
            failures.forEach(f -> failedChanges.add(f.change()));
            feed.succeeded(node, changes.stream().filter(c -> !failedChanges.contains(c)).toList());
        }
    }

    private void failed(IndexChange change, String error) {
        failuresExist = true;
        LOG.warning(() -> "Indexing " + change.entity() + " " + change.entityId() + " failed; it is retried with back-off: " + error);
        metrics.indexingFailed(feed.failed(node, change.entity(), change.entityId(), error, ChangeApplier.MAX_ATTEMPTS,
                ChangeApplier.FIRST_RETRY));
    }

    /**
     * Makes what was applied durable, with its position, once a second at most. Catching up goes on meanwhile: the
     * commit holds everything applied up to the position it records, and perhaps more, which a restart applies
     * again to the same effect.
     */
    private void commitIfDue() {
        if (!committing.tryLock()) {
            return;
        }
        try {
            // A rebuild replays the log from where it began: the log must keep those changes until it is swapped in
            // and caught up. Read before the progress: a swap publishes its progress before it forgets the rebuild.
            long kept = rebuilds.values().stream().mapToLong(r -> r.index().position()).min().orElse(Long.MAX_VALUE);
            Progress reached = progress;
            LuceneIndex index = reached.index().index();
            if (reached.position() == index.position() || System.nanoTime() - committedAt < COMMIT_EVERY.toNanos()) {
                return;
            }
            index.commit(reached.position());
            committedAt = System.nanoTime();
            feed.reached(node, Math.min(reached.position(), kept), liveness);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Committing the search index failed; the timer tries again", e);
        } finally {
            committing.unlock();
        }
    }

    /** Closes an index that is no longer live, once no commit is writing to it. */
    private void retire(OpenIndex old) {
        committing.lock();
        try {
            old.close();
        } finally {
            committing.unlock();
        }
    }

    private OpenIndex live() {
        return progress.index();
    }

    private long applied() {
        return progress.position();
    }

    private record Progress(OpenIndex index, long position) {
    }

    /**
     * An index that stands before changes the log no longer holds (it was away too long, or lost its files) cannot
     * catch up by the log, and one that stands after the log's end belongs to another database: both are rebuilt.
     * The second one is emptied first, so that no record of another database is ever found. The need (or that of an
     * index of an older format, found at opening) is kept in a marker file until a rebuild is swapped in, so a restart meanwhile does not forget it; a rebuild is started
     * again when none is open here for a minute (an execution killed with the server never finishes).
     */
    private void checkReachable(long logEnd) {
        boolean foreign = applied() > logEnd;
        boolean gap = applied() < feed.prunedThrough();
        if (foreign || gap) {
            markRebuildNeeded("the index missed changes the log no longer holds");
        }
        behind = Files.exists(rebuildNeededMarker());
        formatOnly = behind && OLDER_FORMAT.equals(rebuildReason());
        if (!behind) {
            return;
        }
        if (foreign) {
            OpenIndex old = live();
            OpenIndex empty = OpenIndex.open(generations.next());
            empty.index().commit(0);
            generations.promote(empty.generation());
            progress = new Progress(empty, 0);
            forgetAppliedAhead();
            retire(old);
        }
        if (rebuilds.isEmpty() && System.nanoTime() - rebuildRequestedAt > REBUILD_RETRY.toNanos()) {
            rebuildRequestedAt = System.nanoTime();
            LOG.warning(() -> "Search index at position " + applied() + " needs a rebuild (" + rebuildReason() + "); starting it");
            BatchRuntime.getJobOperator().start(REINDEX_JOB, new Properties());
        }
    }

    private void markRebuildNeeded(String why) {
        try {
            Files.writeString(rebuildNeededMarker(), why, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rebuildReason() {
        try {
            return Files.readString(rebuildNeededMarker(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "reason unknown: " + e;
        }
    }

    private Path rebuildNeededMarker() {
        return root().resolve("REBUILD-NEEDED");
    }

    /**
     * Opens the index a rebuild writes into: a new one, which remembers where the change log stands now (every
     * change committed later will be applied to it after the swap), or on a restart the one it began.
     */
    public void openRebuild(long jobInstance, boolean fresh) {
        OpenIndex existing = rebuilds.get(jobInstance);
        if (existing != null && !fresh) {
            return;
        }
        if (existing != null) {
            rebuilds.remove(jobInstance);
            existing.close();
        }
        Path marker = rebuildMarker(jobInstance);
        try {
            OpenIndex rebuild;
            boolean resumed = !fresh && Files.exists(marker);
            if (resumed) {
                Path generation = root().resolve(Files.readString(marker, StandardCharsets.UTF_8).trim());
                if (!Files.isDirectory(generation)) {
                    throw new IllegalStateException("The index this rebuild was writing (" + generation
                            + ") is gone; start a new search-reindex instead of restarting this one.");
                }
                rebuild = OpenIndex.open(generation);
            } else {
                rebuild = OpenIndex.open(generations.next());
                Files.writeString(marker, rebuild.generation().getFileName().toString(), StandardCharsets.UTF_8);
            }
            // Known to commits before a fresh one has a position (0 holds back every removal from the log), so that
            // the log keeps the changes it will replay.
            rebuilds.put(jobInstance, rebuild);
            if (!resumed) {
                rebuild.index().commit(logEnd());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds documents to the index being rebuilt, durably. */
    public void addToRebuild(long jobInstance, List<SearchDocument> batch) {
        LuceneIndex rebuild = rebuild(jobInstance).index();
        rebuild.apply(batch, List.of());
        rebuild.commit(rebuild.position());
    }

    /**
     * Makes the rebuilt index the live one and applies the changes committed since the rebuild began; returns how
     * many documents it holds. The old index is deleted.
     */
    public long swapInRebuild(long jobInstance) {
        OpenIndex rebuild = rebuild(jobInstance);
        writing.lock();
        try {
            OpenIndex old = live();
            rebuild.index().refresh();
            generations.promote(rebuild.generation());
            progress = new Progress(rebuild, rebuild.index().position());
            forgetAppliedAhead();
            rebuilds.remove(jobInstance);
            retire(old);
            Set<Path> keep = new HashSet<>();
            keep.add(live().generation());
            rebuilds.values().forEach(other -> keep.add(other.generation()));
            generations.deleteAllBut(keep);
            Files.deleteIfExists(rebuildMarker(jobInstance));
            Files.deleteIfExists(rebuildNeededMarker());
            behind = false;
            formatOnly = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
        maintain();
        return live().index().documentCount();
    }

    /** What this instance's index has not applied yet, for health. */
    public IndexBacklog backlog() {
        return feed.backlog(node, applied());
    }

    /** The records this instance could not index, oldest failure first. */
    public List<IndexFailureView> failures() {
        return feed.failures(node, 200);
    }

    /** Whether the index is being rebuilt because it could not catch up by the log or was of an older format. */
    public boolean rebuilding() {
        return behind;
    }

    /**
     * Whether the live index misses changes until a rebuild is swapped in; one rebuilt for its format only does not
     * (it is current, and answers prefixes as the version that wrote it did).
     */
    public boolean missesChanges() {
        return behind && !formatOnly;
    }

    public long documentCount() {
        return live().index().documentCount();
    }

    /** Gives every committed change its position and returns the last one: where the log ends now. */
    private long logEnd() {
        IndexFeed.Sequenced sequenced;
        do {
            sequenced = feed.sequence(BATCH);
        } while (sequenced.count() == BATCH);
        return sequenced.lastPosition();
    }

    private OpenIndex rebuild(long jobInstance) {
        OpenIndex rebuild = rebuilds.get(jobInstance);
        if (rebuild == null) {
            openRebuild(jobInstance, false);
            rebuild = rebuilds.get(jobInstance);
        }
        return rebuild;
    }

    private Path rebuildMarker(long jobInstance) {
        return root().resolve("rebuild-" + jobInstance);
    }

    private Path root() {
        return Path.of(indexDir).toAbsolutePath().normalize();
    }
}
