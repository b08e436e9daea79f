package io.crm.search.changelog;

import io.crm.changelog.ChangeConsumer;
import io.crm.changelog.ChangeConsumers;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The updater of this instance's position as a consumer of the log: what the index committed, held back to where an
 * open rebuild began, since the rebuild replays the log from there after its swap.
 */
final class PositionUpdater {

    private final ChangeConsumers consumers;
    private final String node;
    private final Duration liveness;
    private final LongSupplier rebuildsKeepFrom;

    PositionUpdater(ChangeConsumers consumers, String node, Duration liveness, LongSupplier rebuildsKeepFrom) {
        this.consumers = consumers;
        this.node = node;
        this.liveness = liveness;
        this.rebuildsKeepFrom = rebuildsKeepFrom;
    }

    /**
     * The position the log must keep for this instance. Read before the committed progress: a swap publishes its
     * progress before it forgets the rebuild, so the two together never skip what a rebuild will replay.
     */
    long keepFrom() {
        return rebuildsKeepFrom.getAsLong();
    }

    void committed(long position, long keepFrom) {
        consumers.reached(ChangeConsumer.SEARCH_INDEX, node, Math.min(position, keepFrom), liveness);
    }
}
