package io.crm.batch.operation;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the chunk steps running on this instance have got. The job repository only records a step's counts when
 * the step ends, so operators following a running execution read them here: items the step will read from where
 * it started, and items written so far. A step's figures stay here a while after its reader closed, since the
 * repository records the step's end only after that; the {@value #KEPT_ENDED} most recently ended are kept.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RunningSteps {

    static final int KEPT_ENDED = 1_000;

    /** Items a running step will read and has written. */
    public record Progress(long total, long done) {}

    private record Step(long total, AtomicLong done) {}

    private final Map<Long, Step> steps = new ConcurrentHashMap<>();
    private final Queue<Long> ended = new ConcurrentLinkedQueue<>();

    public void started(long execution, long total) {
        steps.put(execution, new Step(total, new AtomicLong()));
    }

    public void wrote(long execution, long items) {
        Step step = steps.get(execution);
        if (step != null) {
            step.done().addAndGet(items);
        }
    }

    /** The step's reader closed: its figures are final, and are dropped once enough later steps ended. */
    public void ended(long execution) {
        ended.add(execution);
        while (ended.size() > KEPT_ENDED) {
            Long oldest = ended.poll();
            if (oldest != null) {
                steps.remove(oldest);
            }
        }
    }

    public Optional<Progress> of(long execution) {
        Step step = steps.get(execution);
        return step == null
                ? Optional.empty()
                : Optional.of(new Progress(step.total(), step.done().get()));
    }
}
