package io.crm.search.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.changelog.ChangesCommitted;
import io.crm.changelog.EntityType;
import io.crm.changelog.LoggedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CommittedChangesTest {

    private final CommittedChanges wakeup = new CommittedChanges();

    @Test
    void committedChangesAreTakenInTheirOrderAtMostSoManyAtATime() {
        wakeup.afterCommit(committed(1, 2, 3));
        wakeup.afterCommit(committed(4));

        assertEquals(List.of(1L, 2L), events(wakeup.take(2)));
        assertEquals(List.of(3L, 4L), events(wakeup.take(10)));
        assertTrue(wakeup.take(10).isEmpty());
    }

    @Test
    void aCommitIsNoticedOnce() {
        wakeup.servedBy(Thread.currentThread());
        wakeup.afterCommit(committed(1));
        assertTrue(wakeup.awaitCommit(1_000_000_000L));
        wakeup.wake();
        assertFalse(wakeup.awaitCommit(1_000_000_000L), "woken without a commit since");
        long start = System.nanoTime();
        assertFalse(wakeup.awaitCommit(50_000_000L), "no commit within the time");
        assertTrue(System.nanoTime() - start >= 50_000_000L, "waited the time given");
    }

    @Test
    void beyondTheLimitChangesAreLeftToTheLog() {
        wakeup.afterCommit(committed(
                LongStream.rangeClosed(1, CommittedChanges.MAX_WAITING).toArray()));
        wakeup.afterCommit(committed(CommittedChanges.MAX_WAITING + 1));

        List<LoggedChange> taken = wakeup.take(Integer.MAX_VALUE);
        assertEquals(CommittedChanges.MAX_WAITING, taken.size());
        assertEquals(CommittedChanges.MAX_WAITING, taken.get(taken.size() - 1).entry());

        wakeup.afterCommit(committed(CommittedChanges.MAX_WAITING + 2));
        assertEquals(List.of(CommittedChanges.MAX_WAITING + 2L), events(wakeup.take(10)), "room again once taken");
    }

    private static ChangesCommitted committed(long... events) {
        List<LoggedChange> changes = new ArrayList<>();
        for (long event : events) {
            changes.add(new LoggedChange(event, 0, EntityType.NOTE, 1000 + event));
        }
        return new ChangesCommitted(changes);
    }

    private static List<Long> events(List<LoggedChange> changes) {
        return changes.stream().map(LoggedChange::entry).toList();
    }
}
