package io.crm.search.changelog;

import io.crm.search.lucene.LuceneGeneration;
import io.crm.search.lucene.LuceneIndex;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The index that searches read on this instance and the log position applied to it, always read and set together.
 * One writer at a time: the processor and a swap take turns on {@link #writing}; a commit takes {@link #committing}
 * of its own, so the seconds it may spend syncing files never hold up fresh changes. Searches take neither.
 */
public final class LiveIndex {

    /** An index and the position applied to it. */
    record Progress(LuceneGeneration index, long position) {}

    final ReentrantLock writing = new ReentrantLock();
    /** Taken after {@code writing} where both are needed, never before it. */
    final ReentrantLock committing = new ReentrantLock();

    private volatile Progress progress;

    public LiveIndex(LuceneGeneration opened) {
        progress = new Progress(opened, opened.index().position());
    }

    public LuceneGeneration current() {
        return progress.index();
    }

    public LuceneIndex index() {
        return progress.index().index();
    }

    /** The last position applied (not necessarily committed). */
    public long position() {
        return progress.position();
    }

    Progress progress() {
        return progress;
    }

    /** Under {@code writing}. */
    void advance(long position) {
        progress = new Progress(progress.index(), position);
    }

    /** Makes another index the live one, under {@code writing}, and closes the old one once no commit writes to it. */
    void replace(LuceneGeneration next, long position) {
        LuceneGeneration old = progress.index();
        progress = new Progress(next, position);
        committing.lock();
        try {
            old.close();
        } finally {
            committing.unlock();
        }
    }
}
