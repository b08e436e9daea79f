package io.crm.search.changelog;

import io.crm.changelog.ChangesCommitted;
import io.crm.changelog.LoggedChange;
import io.crm.common.WorkerSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Collects the changes that transactions of this instance committed and wakes the {@link ChangeWorker} for them. A plain
 * application-scoped bean, not the EJB that runs the worker: the container would build an EJB reference for every
 * notification, which cost a quarter of the committing thread's time at a thousand commits per second. The index
 * applies these changes without waiting for their place in the log; a change dropped here (more than
 * {@link #MAX_WAITING} waiting) is still applied from the log.
 */
@ApplicationScoped
public class CommittedChanges {

    static final int MAX_WAITING = 20_000;

    private final WorkerSignal signal = new WorkerSignal();
    private final Queue<LoggedChange> committed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesCommitted recorded) {
        if (waiting.get() < MAX_WAITING) {
            committed.addAll(recorded.changes());
            waiting.addAndGet(recorded.changes().size());
        }
        signal.signal();
    }

    /** Takes up to {@code max} of the committed changes not taken yet, oldest first. */
    List<LoggedChange> take(int max) {
        List<LoggedChange> taken = new ArrayList<>();
        LoggedChange change;
        while (taken.size() < max && (change = committed.poll()) != null) {
            taken.add(change);
        }
        waiting.addAndGet(-taken.size());
        return taken;
    }

    /** The thread that {@link #awaitCommit} and {@link #wake()} concern. */
    void servedBy(Thread thread) {
        signal.servedBy(thread);
    }

    /**
     * True when a commit came since the last call; otherwise waits until one comes (true), {@link #wake()} or the given
     * time passed (false).
     */
    boolean awaitCommit(long nanos) {
        return signal.await(nanos);
    }

    /** Wakes the worker without a commit, so that it sees it is asked to stop. */
    void wake() {
        signal.wake();
    }
}
