package io.crm.search.changelog;

import io.crm.changelog.LoggedChange;
import io.crm.indexing.IndexingFailures;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The failures store of this instance's index: a record that still fails after its batch was split is counted for a
 * retry (after 1, 2, 4, 8 s, then FAILED until replayed), and one that went through is no longer failing.
 */
final class FailureStore {

    private static final Logger LOG = Logger.getLogger(FailureStore.class.getName());
    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private final IndexingFailures failures;
    private final String node;
    /** Whether the database may hold failures of this instance: when not, nothing is asked of it per batch. */
    private volatile boolean exist = true;

    private final Consumer<Boolean> failedAttempts;

    FailureStore(IndexingFailures failures, String node, Consumer<Boolean> failedAttempts) {
        this.failures = failures;
        this.node = node;
        this.failedAttempts = failedAttempts;
    }

    /** Reads again whether failures exist (an operator may have replayed some). */
    void refresh() {
        exist = failures.exist(node);
    }

    List<LoggedChange> dueRetries(int max) {
        return exist ? failures.dueRetries(node, max) : List.of();
    }

    /** Records how applying {@code changes} went: {@code failed} are counted, the others forgotten as failures. */
    void record(List<LoggedChange> changes, List<CurrentStateLoader.Failure> failed) {
        for (CurrentStateLoader.Failure f : failed) {
            exist = true;
            LOG.warning(() -> "Indexing " + f.change().entity() + " "
                    + f.change().entityId() + " failed; it is retried with back-off: " + f.error());
            failedAttempts.accept(failures.failed(
                    node, f.change().entity(), f.change().entityId(), f.error(), MAX_ATTEMPTS, FIRST_RETRY));
        }
        if (exist) {
            Set<LoggedChange> failedChanges = new HashSet<>();
            failed.forEach(f -> failedChanges.add(f.change()));
            failures.succeeded(
                    node,
                    changes.stream().filter(c -> !failedChanges.contains(c)).toList());
        }
    }
}
