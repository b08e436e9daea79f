package io.crm.search.changelog;

import io.crm.changelog.ChangeLogReader;
import io.crm.changelog.LoggedChange;
import io.crm.search.lucene.LuceneGeneration;
import io.crm.search.lucene.LuceneIndex;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The processor: applies the change log to the live index. Changes this instance committed are applied as they are
 * announced, without waiting for their place in the log (a record loaded after its change committed holds that
 * change); the log, read from the index's position to its end, brings everything else (other instances' changes,
 * lost announcements, retries) and skips the entries already applied as announced. Never waits: if another thread is
 * at it, that thread goes round once more.
 */
final class ChangeProcessor {

    private static final Logger LOG = Logger.getLogger(ChangeProcessor.class.getName());
    static final int BATCH = 500;
    /**
     * How often, at most, catching up after this instance's commits also reads the log, which orders the changes of
     * every instance in a write transaction; the timer reads it every second in any case.
     */
    static final Duration READ_LOG_EVERY = Duration.ofMillis(100);
    /** Announcements come within moments of the commit: the last reading of the log is all they need to be checked against. */
    static final int REMEMBER_APPLIED_FROM_LOG = 10_000;

    private final LiveIndex live;
    private final ChangeLogReader log;
    private final Function<LuceneIndex, CurrentStateLoader> loaders;
    private final FailureStore failures;
    private final CommittedChanges committed;
    private final Rebuilds rebuilds;
    private final Runnable refreshed;
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean maintenanceDue = new AtomicBoolean(true);
    // The four below are used under the writing lock only.
    /** The index the two sets below are about: a new live index has applied nothing ahead of its log. */
    private LuceneGeneration skipsOf;
    /** Entries applied as announced that the log has not met yet: it skips them. */
    private final Set<Long> appliedAhead = new HashSet<>();
    /** Entries the last reading of the log applied: announced after that, they are not applied again. */
    private Set<Long> appliedFromLog = Set.of();

    private long logReadAt = System.nanoTime() - READ_LOG_EVERY.toNanos();

    ChangeProcessor(
            LiveIndex live,
            ChangeLogReader log,
            Function<LuceneIndex, CurrentStateLoader> loaders,
            FailureStore failures,
            CommittedChanges committed,
            Rebuilds rebuilds,
            Runnable refreshed) {
        this.live = live;
        this.log = log;
        this.loaders = loaders;
        this.failures = failures;
        this.committed = committed;
        this.rebuilds = rebuilds;
        this.refreshed = refreshed;
    }

    /** Applies what this instance's commits announced, and the log when it was not read for a while. */
    void catchUp() {
        run();
    }

    /** The same, plus what the timer does every second: reads the log, checks it can still catch up, retries failures. */
    void maintain() {
        maintenanceDue.set(true);
        run();
    }

    private void run() {
        again.set(true);
        // Whoever holds the lock runs once more for a request that came while it was busy.
        while (again.get() && live.writing.tryLock()) {
            try {
                again.set(false);
                round(maintenanceDue.getAndSet(false));
            } finally {
                live.writing.unlock();
            }
        }
    }

    private void round(boolean maintenance) {
        try {
            if (skipsOf != live.current()) {
                skipsOf = live.current();
                appliedAhead.clear();
                appliedFromLog = Set.of();
            }
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
        live.index().refresh();
        refreshed.run();
    }

    private boolean applyAnnounced() {
        List<LoggedChange> announced = committed.take(BATCH);
        if (announced.size() == BATCH) {
            again.set(true);
        }
        List<LoggedChange> fresh = announced.stream()
                .filter(c -> !appliedFromLog.contains(c.entry()))
                .toList();
        if (fresh.isEmpty()) {
            return false;
        }
        apply(loaders.apply(live.index()), fresh);
        fresh.forEach(c -> appliedAhead.add(c.entry()));
        return true;
    }

    /** Applies the log from the index's position to its end, in order, skipping what was applied as announced. */
    private void readLog(boolean maintenance) {
        long end = logEnd(log);
        logReadAt = System.nanoTime();
        if (maintenance) {
            rebuilds.check(end);
            failures.refresh();
            if (skipsOf != live.current()) {
                skipsOf = live.current();
                appliedAhead.clear();
            }
        }
        CurrentStateLoader loader = loaders.apply(live.index());
        Set<Long> applied = new HashSet<>();
        List<LoggedChange> changes;
        do {
            changes = log.after(live.position(), BATCH);
            if (!changes.isEmpty()) {
                List<LoggedChange> pending = changes.stream()
                        .filter(c -> !appliedAhead.remove(c.entry()))
                        .toList();
                if (!pending.isEmpty()) {
                    apply(loader, pending);
                }
                if (applied.size() < REMEMBER_APPLIED_FROM_LOG) {
                    pending.forEach(c -> applied.add(c.entry()));
                }
                live.advance(changes.get(changes.size() - 1).position());
            }
        } while (changes.size() == BATCH);
        // Every entry applied ahead committed before the log was sequenced above, so the log has met it by now.
        appliedAhead.clear();
        appliedFromLog = applied;
        if (maintenance) {
            List<LoggedChange> retries = failures.dueRetries(BATCH);
            if (!retries.isEmpty()) {
                apply(loader, retries);
            }
        }
    }

    private void apply(CurrentStateLoader loader, List<LoggedChange> changes) {
        failures.record(changes, loader.apply(changes));
    }

    /** Gives every committed change its position and returns the last one: where the log ends now. */
    static long logEnd(ChangeLogReader log) {
        ChangeLogReader.Sequenced sequenced;
        do {
            sequenced = log.sequence(BATCH);
        } while (sequenced.count() == BATCH);
        return sequenced.lastPosition();
    }
}
