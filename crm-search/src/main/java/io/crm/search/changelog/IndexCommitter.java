package io.crm.search.changelog;

import io.crm.search.lucene.LuceneIndex;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The committer: makes what was applied durable, with its position, once a second at most, under a lock of its own.
 * Catching up goes on meanwhile: the commit holds everything applied up to the position it records, and perhaps
 * more, which a restart applies again to the same effect.
 */
final class IndexCommitter {

    private static final Logger LOG = Logger.getLogger(IndexCommitter.class.getName());
    /** How long committed changes may wait in memory before a commit makes them durable. */
    static final Duration COMMIT_EVERY = Duration.ofSeconds(1);

    private final LiveIndex live;
    private final PositionUpdater positions;
    private long committedAt = System.nanoTime();

    IndexCommitter(LiveIndex live, PositionUpdater positions) {
        this.live = live;
        this.positions = positions;
    }

    void commitIfDue() {
        if (!live.committing.tryLock()) {
            return;
        }
        try {
            long keepFrom = positions.keepFrom();
            LiveIndex.Progress reached = live.progress();
            LuceneIndex index = reached.index().index();
            if (reached.position() == index.position() || System.nanoTime() - committedAt < COMMIT_EVERY.toNanos()) {
                return;
            }
            index.commit(reached.position());
            committedAt = System.nanoTime();
            positions.committed(reached.position(), keepFrom);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Committing the search index failed; the timer tries again", e);
        } finally {
            live.committing.unlock();
        }
    }

    /** The last commit, when the application stops. */
    void commitAndClose() {
        live.writing.lock();
        live.committing.lock();
        try {
            LiveIndex.Progress last = live.progress();
            last.index().index().commit(last.position());
            last.index().close();
        } finally {
            live.committing.unlock();
            live.writing.unlock();
        }
    }
}
