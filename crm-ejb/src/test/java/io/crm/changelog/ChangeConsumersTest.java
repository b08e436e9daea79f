package io.crm.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Named consumers of the change log on an in-memory database: a consumer of the deployment group hands each range
 * to one instance at a time, and pruning keeps what the slowest live consumer has not read.
 */
class ChangeConsumersTest {

    /** A consumer that must act once per deployment group, as webhook delivery will. */
    private static final ChangeConsumer DELIVERIES = new ChangeConsumer("test-deliveries", ChangeConsumer.Scope.GROUP);

    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration LIVENESS = Duration.ofHours(24);

    private EntityManagerFactory emf;

    @BeforeEach
    void emptyLog() {
        emf = Persistence.createEntityManagerFactory("helpers-test");
        inTransaction(em -> {
            em.createQuery("DELETE FROM ConsumerPosition").executeUpdate();
            em.createQuery("DELETE FROM ChangeLogEntry").executeUpdate();
            em.createQuery("DELETE FROM ChangeLogHead").executeUpdate();
            em.persist(ChangeLogHead.first());
            return null;
        });
    }

    @AfterEach
    void close() {
        emf.close();
    }

    @Test
    void aGroupConsumerHandsEachRangeToOneInstanceAtATime() {
        inTransaction(em -> consumers(em).register(DELIVERIES, "a"));
        write(5);

        ChangeConsumers.Claim first = inTransaction(em -> consumers(em).claim(DELIVERIES, "a", 3, LEASE));
        assertEquals(List.of(1L, 2L, 3L), positions(first));
        assertTrue(
                this.<ChangeConsumers.Claim>inTransaction(em -> consumers(em).claim(DELIVERIES, "b", 3, LEASE))
                        .changes()
                        .isEmpty(),
                "b waits while a holds the lease");

        assertTrue(this.<Boolean>inTransaction(
                em -> consumers(em).acknowledge(DELIVERIES, "a", first.through(), LIVENESS)));
        ChangeConsumers.Claim second = inTransaction(em -> consumers(em).claim(DELIVERIES, "b", 3, LEASE));
        assertEquals(List.of(4L, 5L), positions(second));
        assertTrue(this.<ChangeConsumers.Claim>inTransaction(em -> consumers(em).claim(DELIVERIES, "a", 3, LEASE))
                .changes()
                .isEmpty());
    }

    @Test
    void aLeaseThatRanOutIsTakenOverAndItsFormerHolderCannotMoveThePosition() throws InterruptedException {
        inTransaction(em -> consumers(em).register(DELIVERIES, "a"));
        write(2);
        ChangeConsumers.Claim stale = inTransaction(em -> consumers(em).claim(DELIVERIES, "a", 10, Duration.ZERO));
        Thread.sleep(5);

        ChangeConsumers.Claim taken = inTransaction(em -> consumers(em).claim(DELIVERIES, "b", 10, LEASE));
        assertEquals(positions(stale), positions(taken));
        assertFalse(this.<Boolean>inTransaction(
                em -> consumers(em).acknowledge(DELIVERIES, "a", stale.through(), LIVENESS)));
        assertTrue(this.<Boolean>inTransaction(
                em -> consumers(em).acknowledge(DELIVERIES, "b", taken.through(), LIVENESS)));
        assertTrue(this.<ChangeConsumers.Claim>inTransaction(em -> consumers(em).claim(DELIVERIES, "a", 10, LEASE))
                .changes()
                .isEmpty());
    }

    @Test
    void twoInstancesClaimingAtOnceHandleEveryChangeExactlyOnce() throws Exception {
        inTransaction(em -> consumers(em).register(DELIVERIES, "a"));
        write(200);
        List<Long> handled = Collections.synchronizedList(new ArrayList<>());
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> running = new ArrayList<>();
            for (String instance : List.of("a", "b")) {
                running.add(instances.submit((Callable<Object>) () -> {
                    long idleSince = System.nanoTime();
                    while (System.nanoTime() - idleSince < 200_000_000L) {
                        ChangeConsumers.Claim claim =
                                inTransaction(em -> consumers(em).claim(DELIVERIES, instance, 7, LEASE));
                        if (claim.changes().isEmpty()) {
                            Thread.onSpinWait();
                            continue;
                        }
                        idleSince = System.nanoTime();
                        handled.addAll(positions(claim));
                        assertTrue(this.<Boolean>inTransaction(
                                em -> consumers(em).acknowledge(DELIVERIES, instance, claim.through(), LIVENESS)));
                    }
                    return null;
                }));
            }
            for (Future<Object> instance : running) {
                instance.get();
            }
        } finally {
            instances.shutdownNow();
        }
        assertEquals(200, handled.size(), "no change handled twice");
        assertEquals(
                LongStream.rangeClosed(1, 200).boxed().toList(),
                handled.stream().sorted().toList());
    }

    @Test
    void pruningKeepsWhatTheSlowestLiveConsumerHasNotRead() {
        inTransaction(em -> consumers(em).register(DELIVERIES, "a"));
        write(6);
        inTransaction(em -> consumers(em)
                .acknowledge(
                        DELIVERIES,
                        "a",
                        consumers(em).claim(DELIVERIES, "a", 2, LEASE).through(),
                        LIVENESS));
        inTransaction(em -> {
            consumers(em).reached(ChangeConsumer.SEARCH_INDEX, "a", 5, LIVENESS);
            return null;
        });

        assertEquals(2L, this.<Long>inTransaction(em -> reader(em).prunedThrough()));
        assertEquals(
                List.of(3L, 4L, 5L, 6L),
                positionsOf(
                        this.<List<LoggedChange>>inTransaction(em -> reader(em).after(0, 10))));

        inTransaction(
                em -> em.createQuery("UPDATE ConsumerPosition c SET c.seenAt = :long_ago WHERE c.consumer = :name")
                        .setParameter("long_ago", OffsetDateTime.now().minusDays(2))
                        .setParameter("name", DELIVERIES.name())
                        .executeUpdate());
        inTransaction(em -> {
            consumers(em).reached(ChangeConsumer.SEARCH_INDEX, "a", 5, LIVENESS);
            return null;
        });
        assertEquals(
                5L,
                this.<Long>inTransaction(em -> reader(em).prunedThrough()),
                "a consumer not seen for a day holds nothing back");
        assertEquals(
                List.of(6L),
                positionsOf(
                        this.<List<LoggedChange>>inTransaction(em -> reader(em).after(0, 10))));
    }

    @Test
    void entriesEveryoneReadAreKeptForTheRetentionAndTheHeadTellsFromWhenTheLogIsWhole() {
        inTransaction(em -> consumers(em).register(DELIVERIES, "a"));
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        write(List.of(now.minusDays(9), now.minusDays(8), now.minusDays(1), now.minusHours(1)));
        assertTrue(this.<java.util.Optional<OffsetDateTime>>inTransaction(
                        em -> reader(em).prunedUntil())
                .isEmpty());

        // the group consumer (webhook delivery) has read three, the search index all four
        inTransaction(em -> consumers(em, "P7D")
                .acknowledge(
                        DELIVERIES,
                        "a",
                        consumers(em).claim(DELIVERIES, "a", 3, LEASE).through(),
                        LIVENESS));
        inTransaction(em -> {
            consumers(em, "P7D").reached(ChangeConsumer.SEARCH_INDEX, "a", 4, LIVENESS);
            return null;
        });
        assertEquals(
                List.of(3L, 4L),
                positionsOf(
                        this.<List<LoggedChange>>inTransaction(em -> reader(em).after(0, 10))),
                "older than a week and read by all: gone; a day old: kept though read");
        assertEquals(2L, this.<Long>inTransaction(em -> reader(em).prunedThrough()));
        OffsetDateTime until = this.<java.util.Optional<OffsetDateTime>>inTransaction(
                        em -> reader(em).prunedUntil())
                .orElseThrow();
        assertEquals(now.minusDays(8).toInstant(), until.toInstant());
        assertEquals(
                2,
                this.<List<ChangeDetail>>inTransaction(em -> reader(em).madeBetween(now.minusDays(30), now, 10))
                        .size(),
                "a range reads what is left of it");

        // with no retention, what the slowest live consumer (webhook delivery, at 3) has not read stays
        inTransaction(em -> {
            consumers(em, "PT0S").reached(ChangeConsumer.SEARCH_INDEX, "a", 4, LIVENESS);
            return null;
        });
        assertEquals(
                List.of(4L),
                positionsOf(
                        this.<List<LoggedChange>>inTransaction(em -> reader(em).after(0, 10))));
        assertEquals(
                now.minusDays(1).toInstant(),
                this.<java.util.Optional<OffsetDateTime>>inTransaction(
                                em -> reader(em).prunedUntil())
                        .orElseThrow()
                        .toInstant());
    }

    private void write(List<OffsetDateTime> times) {
        inTransaction(em -> {
            for (int i = 0; i < times.size(); i++) {
                em.persist(new ChangeLogEntry(EntityType.NOTE, 100 + i, ChangeKind.CREATED, "sales1", times.get(i)));
            }
            return null;
        });
        inTransaction(em -> reader(em).sequence(1000));
    }

    private void write(int count) {
        inTransaction(em -> {
            for (int i = 0; i < count; i++) {
                em.persist(new ChangeLogEntry(
                        EntityType.NOTE, 100 + i, ChangeKind.CREATED, "sales1", OffsetDateTime.now()));
            }
            return null;
        });
        inTransaction(em -> reader(em).sequence(1000));
    }

    private static List<Long> positions(ChangeConsumers.Claim claim) {
        return positionsOf(claim.changes());
    }

    private static List<Long> positionsOf(List<LoggedChange> changes) {
        Set<Long> seen = new HashSet<>();
        changes.forEach(c -> assertTrue(seen.add(c.position())));
        return changes.stream().map(LoggedChange::position).toList();
    }

    private static ChangeConsumers consumers(EntityManager em) {
        return consumers(em, "PT0S");
    }

    private static ChangeConsumers consumers(EntityManager em, String retention) {
        ChangeConsumers consumers = new ChangeConsumers();
        consumers.em = em;
        consumers.retention = retention;
        return consumers;
    }

    private static ChangeLogReader reader(EntityManager em) {
        ChangeLogReader reader = new ChangeLogReader();
        reader.em = em;
        return reader;
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
