package io.crm.search;

import io.crm.indexing.IndexEventsRecorded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Wakes the index worker after each commit that changed indexed records. A plain application-scoped bean, not the
 * EJB that runs the worker: the container would build an EJB reference for every notification, which cost a
 * quarter of the committing thread's time at a thousand commits per second.
 */
@ApplicationScoped
public class IndexWakeup {

    private final AtomicBoolean due = new AtomicBoolean();
    private volatile Thread worker;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexEventsRecorded recorded) {
        due.set(true);
        Thread waiting = worker;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }

    /** The thread that {@link #awaitCommit()} and {@link #wake()} concern. */
    void servedBy(Thread thread) {
        worker = thread;
    }

    /** True when a commit came since the last call; otherwise waits until one comes or {@link #wake()}, and is false. */
    boolean awaitCommit() {
        if (due.getAndSet(false)) {
            return true;
        }
        LockSupport.park(this);
        return false;
    }

    /** Wakes the worker without a commit, so that it sees it is asked to stop. */
    void wake() {
        LockSupport.unpark(worker);
    }
}
