package io.crm.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after {@code first}, doubling with every failure up to an hour between
 * attempts, each wait spread by up to a fifth either way (so that receivers coming back are not hit by every sender at
 * once); a delivery whose next attempt would come later than {@code giveUpAfter} since it was first due is dead.
 */
public record RetrySchedule(Duration first, Duration giveUpAfter) {

    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /** The next attempt after {@code failures} failed ones, or null when the delivery is dead. */
    public OffsetDateTime next(int failures, OffsetDateTime due, OffsetDateTime now, RandomGenerator random) {
        Duration wait = wait(failures);
        long spreadMillis = wait.toMillis() / 5;
        long jitter = spreadMillis == 0 ? 0 : random.nextLong(-spreadMillis, spreadMillis + 1);
        OffsetDateTime next = now.plus(wait).plusNanos(jitter * 1_000_000);
        return next.isAfter(due.plus(giveUpAfter)) ? null : next;
    }

    /** The wait before the attempt after {@code failures} failed ones, without the spread. */
    Duration wait(int failures) {
        int doublings = Math.max(0, Math.min(failures - 1, 30));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 || wait.isNegative() ? LONGEST_WAIT : wait;
    }
}
