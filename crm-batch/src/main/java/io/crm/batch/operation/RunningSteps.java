package io.crm.batch.operation;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the chunk steps running on this instance have got. The job repository only records a step's counts when
 * the step ends, so operators following a running execution read them here: items the step will read from where
 * it started, and items written so far.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RunningSteps {

    /** Items a running step will read and has written. */
    public record Progress(long total, long done) {
    }

    private final Map<Long, long[]> totals = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> done = new ConcurrentHashMap<>();

    public void started(long execution, long total) {
        totals.put(execution, new long[] {total});
        done.put(execution, new AtomicLong());
    }

    public void wrote(long execution, long items) {
        AtomicLong counter = done.get(execution);
        if (counter != null) {
            counter.addAndGet(items);
        }
    }

    public void ended(long execution) {
        totals.remove(execution);
        done.remove(execution);
    }

    public Optional<Progress> of(long execution) {
        long[] total = totals.get(execution);
        AtomicLong counter = done.get(execution);
        return total == null || counter == null ? Optional.empty() : Optional.of(new Progress(total[0], counter.get()));
    }
}
