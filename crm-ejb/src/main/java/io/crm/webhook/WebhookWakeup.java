package io.crm.webhook;

import io.crm.changelog.ChangesCommitted;
import io.crm.common.WorkerSignal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;

/**
 * Wakes the {@link WebhookWorker}'s thread when a transaction of this instance commits changes while subscriptions
 * exist, so that their events leave within milliseconds rather than at the next look at the log. Without subscriptions
 * a commit costs nothing here. A plain application-scoped bean, as for the search index: an EJB observer would cost
 * the committing thread a bean reference per commit.
 */
@ApplicationScoped
public class WebhookWakeup {

    private final WorkerSignal signal = new WorkerSignal();
    private volatile boolean listening;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangesCommitted committed) {
        if (listening) {
            signal.signal();
        }
    }

    /** The worker's thread, and whether subscriptions exist (commits wake it only then). */
    void servedBy(Thread thread, boolean subscribed) {
        signal.servedBy(thread);
        listening = subscribed;
    }

    /** Waits until a commit came since the last call, or {@code longest} has passed. */
    void await(Duration longest) {
        signal.await(longest.toNanos());
    }

    /** Wakes the worker without a commit, so that it sees it is asked to stop. */
    void wake() {
        signal.wake();
    }
}
