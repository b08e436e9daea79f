package io.crm.search.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.changelog.ChangesCommitted;
import io.crm.changelog.LoggedChange;
import io.crm.indexing.SearchType;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import io.crm.search.lucene.LuceneGeneration;
import io.crm.search.lucene.LuceneIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search consumer of the change log on in-memory Lucene directories and a fake log: what it skips, in which order
 * it reads, a record that fails, a gap in the log, an index of another database, and a swap while changes come in.
 */
class SearchConsumerTest {

    @TempDir
    Path root;

    private final FakeDatabase db = new FakeDatabase();
    private final CommittedChanges committed = new CommittedChanges();
    private final Map<Path, Directory> directories = new HashMap<>();
    private final AtomicInteger rebuildsStarted = new AtomicInteger();
    private SearchConsumer consumer;

    private SearchConsumer open() {
        consumer = new SearchConsumer(
                root,
                "server",
                Duration.ofHours(24),
                new SearchConsumer.Sources(
                        db.reader, db.consumers, db.failures, db.loader, db.batches, committed, forGood -> {}),
                this::openInMemory,
                rebuildsStarted::incrementAndGet,
                () -> {});
        return consumer;
    }

    private synchronized LuceneGeneration openInMemory(Path generation) {
        Directory directory = directories.computeIfAbsent(generation, g -> new ByteBuffersDirectory());
        return new LuceneGeneration(generation, directory, LuceneIndex.open(directory));
    }

    @AfterEach
    void close() {
        if (consumer != null) {
            consumer.close();
        }
    }

    @Test
    void aChangeAppliedAsAnnouncedIsSkippedWhenTheLogMeetsIt() {
        open();
        announce(db.write(DocumentBuilder.note(1).text("退款 refund").build()));
        consumer.catchUp();
        assertEquals(1, hits("refund"), "searchable before the log was read");

        consumer.maintain();
        assertEquals(1, db.loadsOf(SearchType.NOTE, 1), "the log skipped what was applied as announced");
        assertEquals(1, consumer.live().position());
    }

    @Test
    void anAnnouncementOfAChangeTheLogAlreadyAppliedIsNotAppliedAgain() {
        open();
        LoggedChange change = db.write(DocumentBuilder.note(1).text("refund").build());
        consumer.maintain();
        announce(change);
        consumer.catchUp();
        assertEquals(1, db.loadsOf(SearchType.NOTE, 1));
    }

    @Test
    void theLogIsReadForwardsBatchAfterBatchAndTheCurrentStateWins() {
        open();
        int changes = ChangeProcessor.BATCH * 2 + 1;
        for (int i = 0; i < changes; i++) {
            db.write(DocumentBuilder.note(i % 3)
                    .text("version " + i + " renewal")
                    .build());
        }
        db.delete(SearchType.NOTE, 2);
        consumer.maintain();

        assertEquals(changes + 1, consumer.live().position());
        assertEquals(
                List.of(0L, (long) ChangeProcessor.BATCH, 2L * ChangeProcessor.BATCH),
                db.readsFrom,
                "each batch read from where the last one ended");
        assertEquals(2, hits("renewal"), "the deleted record is gone whatever came before");
        assertEquals(1, hits("\"version " + (changes - 1) + "\""), "the last version of a record is the one found");
    }

    @Test
    void aPoisonRecordIsRetriedWithoutHoldingBackTheLog() {
        open();
        db.beforeWrite = batch -> {
            if (batch.documents().stream().anyMatch(d -> d.text().contains("poison"))) {
                throw new IllegalStateException("disk full");
            }
        };
        db.write(DocumentBuilder.note(1).text("good one").build());
        db.write(DocumentBuilder.note(2).text("poison").build());
        db.write(DocumentBuilder.note(3).text("good two").build());
        consumer.maintain();

        assertEquals(3, consumer.live().position(), "the log moves past the bad record");
        assertEquals(2, hits("good"));
        assertEquals(Map.of("NOTE:2", 1), db.failedAttempts);

        consumer.maintain();
        assertEquals(Map.of("NOTE:2", 1), db.failedAttempts, "not retried before its back-off passed");

        db.beforeWrite = batch -> {};
        db.retriesDue = true;
        consumer.maintain();
        assertEquals(1, hits("poison"), "retried and found");
        assertTrue(db.failedAttempts.isEmpty(), "no longer failing");
    }

    @Test
    void anIndexBeforeWhatTheLogStillHoldsIsRebuiltAndAnswersMeanwhile() {
        open();
        db.write(DocumentBuilder.note(1).text("refund").build());
        consumer.maintain();
        db.write(DocumentBuilder.note(2).text("refund").build());
        db.prunedThrough = 2;

        consumer.maintain();
        consumer.maintain();
        assertTrue(Files.exists(root.resolve("REBUILD-NEEDED")));
        assertEquals(1, rebuildsStarted.get(), "started once, not every second");
        assertTrue(consumer.rebuilds().missesChanges());
        assertEquals(1, hits("refund"), "the old index keeps answering until the swap");
    }

    @Test
    void anIndexOfAnotherDatabaseIsEmptiedAtOnce() {
        Path first = root.resolve("gen-1");
        LuceneGeneration foreign = openInMemory(first);
        foreign.index()
                .apply(
                        List.of(DocumentBuilder.note(9)
                                .text("secret of another database")
                                .build()),
                        List.of());
        foreign.index().commit(50);
        foreign.index().close();
        db.write(DocumentBuilder.note(1).text("refund").build());

        open();
        assertEquals(1, hits("secret"), "opened as it was left");
        consumer.maintain();

        assertEquals(0, hits("secret"));
        assertEquals(1, hits("refund"), "this database's log applied to the emptied index");
        assertEquals(1, consumer.live().position());
        assertEquals(1, rebuildsStarted.get());
        assertTrue(consumer.rebuilds().rebuilding());
    }

    @Test
    void aSwapWhileChangesComeInLosesNone() throws InterruptedException {
        open();
        for (long id = 1; id <= 20; id++) {
            db.write(DocumentBuilder.note(id).text("refund " + id).build());
        }
        consumer.maintain();
        Thread writer = new Thread(() -> {
            for (long id = 21; id <= 220; id++) {
                announce(db.write(DocumentBuilder.note(id).text("refund " + id).build()));
                consumer.catchUp();
            }
        });
        consumer.rebuilds().open(7, true);
        writer.start();
        List<io.crm.indexing.SearchDocument> everything = new ArrayList<>(db.documents.values());
        consumer.rebuilds().add(7, everything);
        consumer.swap(7);
        writer.join();
        consumer.maintain();

        assertEquals(220, consumer.live().index().documentCount());
        assertEquals(220, consumer.live().position());
        assertFalse(consumer.rebuilds().rebuilding());
    }

    @Test
    void theCommittedPositionIsHeldBackToWhereAnOpenRebuildBegan() throws InterruptedException {
        open();
        db.write(DocumentBuilder.note(1).text("refund").build());
        db.write(DocumentBuilder.note(2).text("refund").build());
        consumer.maintain();
        consumer.rebuilds().open(7, true);
        db.write(DocumentBuilder.note(3).text("refund").build());
        Thread.sleep(IndexCommitter.COMMIT_EVERY.toMillis() + 50);

        consumer.maintain();
        assertEquals(3, consumer.live().index().position(), "committed where it stands");
        assertEquals(List.of(2L), db.reachedPositions, "the log keeps what the rebuild will replay");
    }

    private void announce(LoggedChange change) {
        committed.afterCommit(new ChangesCommitted(List.of(change)));
    }

    private long hits(String q) {
        consumer.live().index().refresh();
        return consumer.live()
                .index()
                .search(SearchRequest.of(q, 10), Reach.EVERYTHING, true)
                .total();
    }
}
