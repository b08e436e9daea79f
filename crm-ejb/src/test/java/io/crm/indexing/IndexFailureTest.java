package io.crm.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.changelog.EntityType;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class IndexFailureTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T08:00:00Z");

    @Test
    void retriesWithDoublingDelaysThenStaysFailed() {
        IndexFailure failure = new IndexFailure("server", EntityType.NOTE, 7, NOW);
        long[] expectedDelays = {1, 2, 4, 8};
        for (long delay : expectedDelays) {
            failure.failed("boom", NOW, 5, Duration.ofSeconds(1));
            assertEquals(IndexFailure.State.RETRYING, failure.state());
            assertEquals(NOW.plusSeconds(delay), failure.nextAttemptAt());
        }
        failure.failed("boom", NOW, 5, Duration.ofSeconds(1));
        assertEquals(IndexFailure.State.FAILED, failure.state());
        assertEquals(5, failure.attempts());
    }

    @Test
    void aReplayStartsTheAttemptsAgainAtOnce() {
        IndexFailure failure = new IndexFailure("server", EntityType.FOLLOW_UP, 7, NOW);
        for (int i = 0; i < 5; i++) {
            failure.failed("x".repeat(3000), NOW, 5, Duration.ofSeconds(1));
        }
        failure.replay(NOW.plusHours(1));

        assertEquals(IndexFailure.State.RETRYING, failure.state());
        assertEquals(0, failure.attempts());
        assertEquals(NOW.plusHours(1), failure.nextAttemptAt());
    }
}
