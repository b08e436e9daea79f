package io.crm.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.crm.common.ConflictException;
import io.crm.common.InvalidInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which ranges a replay takes: both ends in order, and only as far back as the change log is whole. */
class WebhookReplayRangeTest {

    private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void bothEndsInOrder() {
        assertEquals(
                2,
                assertThrows(InvalidInputException.class, () -> WebhookService.checkRange(null, null, Optional.empty()))
                        .violations()
                        .size());
        assertEquals(
                "to",
                assertThrows(InvalidInputException.class, () -> WebhookService.checkRange(T, T, Optional.empty()))
                        .violations()
                        .get(0)
                        .field());
        WebhookService.checkRange(T, T.plusSeconds(1), Optional.empty());
    }

    @Test
    void aRangeReachingBeforeWhatThePruningRemovedIsRefusedWithTheOldestTimeAvailable() {
        Optional<OffsetDateTime> pruned = Optional.of(T.atOffset(ZoneOffset.UTC));
        ConflictException refused =
                assertThrows(ConflictException.class, () -> WebhookService.checkRange(T, T.plusSeconds(60), pruned));
        assertEquals("2026-12-01T10:00:00.000001Z", refused.extensions().get("oldestAvailable"));
        assertThrows(
                ConflictException.class,
                () -> WebhookService.checkRange(T.minusSeconds(60), T.plusSeconds(60), pruned));
        WebhookService.checkRange(T.plusNanos(1000), T.plusSeconds(60), pruned);
    }
}
