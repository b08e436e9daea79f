package io.crm.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * How a commit wakes a worker thread of the application at once, without a task per commit: a flag the committing
 * thread sets and the worker takes, and an unpark. A signal while the worker is busy is kept for its next wait.
 */
public final class WorkerSignal {

    private final AtomicBoolean due = new AtomicBoolean();
    private volatile Thread worker;

    /** The thread that {@link #await} and {@link #wake} concern. */
    public void servedBy(Thread thread) {
        worker = thread;
    }

    /** Something is there for the worker: wakes it, or lets its next wait return at once. */
    public void signal() {
        due.set(true);
        wake();
    }

    /**
     * True when a signal came since the last call; otherwise waits until one comes (true), {@link #wake} or the given
     * time passed (false).
     */
    public boolean await(long nanos) {
        if (due.getAndSet(false)) {
            return true;
        }
        LockSupport.parkNanos(this, nanos);
        return due.getAndSet(false);
    }

    /** Wakes the worker without a signal, so that it sees it is asked to stop. */
    public void wake() {
        Thread waiting = worker;
        if (waiting != null) {
            LockSupport.unpark(waiting);
        }
    }
}
