package io.crm.bench;

import io.crm.changelog.ChangeKind;
import io.crm.changelog.ChangeLog;
import io.crm.changelog.EntityType;
import io.crm.note.NoteService;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.VisibilityRule;
import io.crm.search.SearchHit;
import io.crm.search.SearchIndex;
import io.crm.search.SearchRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Ingestion at a fixed rate inside the server, for the commit → searchable benchmark, added to the REST module only by
 * the benchmark. An {@code ingest} request writes notes paced to {@code perSecond} from its threads, either as its
 * caller through {@link NoteService} ({@code path=service}: all that {@code POST /customers/{id}/notes} does) or as the
 * bare note and outbox rows ({@code path=outbox}: the transaction, the outbox row and the after-commit trigger alone);
 * every {@code sampleEvery}-th note carries a word of its own and is handed, with the moment its transaction committed,
 * to the {@code watch} request. That one searches the live index as its caller for the waiting words each time the index
 * has made changes visible ({@link RefreshSignal}; a dozen words to a search, joined by OR) and records when each note
 * is first found. No HTTP inside the measured path and no polling, so the figure is the index's alone.
 */
@jakarta.ws.rs.Path("bench/ingest")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class IngestResource {

    private record Sample(long noteId, String word, long committedNanos, boolean measured) {}

    private static final Queue<Sample> WAITING = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger INGESTING = new AtomicInteger();
    private static final AtomicLong NEXT_ID = new AtomicLong(60_000_000L);
    /** How many waiting words one search looks for at most, within the length and term limits of a query. */
    private static final int WORDS_PER_SEARCH = 12;
    /** How long the watcher waits for a refresh before it searches anyway (none should be missed). */
    private static final long WAIT_AT_MOST_NANOS = 100_000_000;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    NoteService notes;

    @EJB
    SearchIndex index;

    @EJB
    ChangeLog changeLog;

    @Resource
    UserTransaction transaction;

    /** Threads with this component's context: its caller, its transactions and its JNDI names. */
    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    DataSource dataSource;

    /**
     * Writes notes on these customers at {@code perSecond} in all, from {@code threads} threads of the server (each
     * paced to its share, on a thread of its own rather than an HTTP worker each, so that the rate asked is not
     * bounded by the domain's HTTP workers), as many as warm-up plus measured seconds take on schedule; answers how
     * many it wrote, how long that took, and how far behind its schedule a thread fell at most.
     */
    @POST
    public Map<String, Object> ingest(
            @QueryParam("customer") List<Long> customers,
            @QueryParam("perSecond") int perSecond,
            @QueryParam("threads") @DefaultValue("1") int threads,
            @QueryParam("warmup") int warmup,
            @QueryParam("seconds") int seconds,
            @QueryParam("sampleEvery") int sampleEvery,
            @QueryParam("clauses") List<String> clauses,
            @QueryParam("path") String path)
            throws Exception {
        long start = System.nanoTime();
        long measuredFrom = start + warmup * 1_000_000_000L;
        long end = measuredFrom + seconds * 1_000_000_000L;
        long interval = 1_000_000_000L * threads / perSecond;
        List<FutureTask<long[]>> runs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            // each thread starts a share of an interval later, so that the writes of all come evenly spaced
            long first = start + interval * t / threads;
            FutureTask<long[]> run = new FutureTask<>(() -> {
                try {
                    return ingest(customers, first, interval, measuredFrom, end, sampleEvery, clauses, path);
                } finally {
                    INGESTING.decrementAndGet();
                }
            });
            // counted before it starts and uncounted if it cannot start: the watcher waits while any is counted
            INGESTING.incrementAndGet();
            try {
                threadFactory.newThread(run).start();
            } catch (RuntimeException e) {
                INGESTING.decrementAndGet();
                throw e;
            }
            runs.add(run);
        }
        long written = 0;
        long maxLag = 0;
        for (FutureTask<long[]> run : runs) {
            long[] result = run.get();
            written += result[0];
            maxLag = Math.max(maxLag, result[1]);
        }
        return Map.of("written", written, "seconds", (System.nanoTime() - start) / 1e9, "maxLagMillis", maxLag / 1e6);
    }

    /** One ingesting thread's notes, due every {@code interval} from {@code first}: how many, and the furthest behind. */
    private long[] ingest(
            List<Long> customers,
            long first,
            long interval,
            long measuredFrom,
            long end,
            int sampleEvery,
            List<String> clauses,
            String path)
            throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long maxLag = 0;
        long i = 0;
        for (; ; i++) {
            long due = first + i * interval;
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                maxLag = Math.max(maxLag, -wait);
            }
            boolean sampled = i % sampleEvery == 0;
            String word = sampled ? word(random) : null;
            String text = clauses.get(random.nextInt(clauses.size())) + "，"
                    + clauses.get(random.nextInt(clauses.size())) + (sampled ? " " + word : "");
            long customer = customers.get(random.nextInt(customers.size()));
            long id = "outbox".equals(path)
                    ? outboxOnly(customer, text)
                    : notes.create(customer, text).id();
            long committed = System.nanoTime();
            if (sampled) {
                WAITING.add(new Sample(id, word, committed, due >= measuredFrom));
            }
        }
        return new long[] {i, maxLag};
    }

    /**
     * Watches for the sampled notes for this many seconds or while notes are being written, then until none is waiting
     * (30 s at most); answers the commit → searchable milliseconds of those written in the measured window, and how many were never found.
     */
    @POST
    @jakarta.ws.rs.Path("watch")
    public Map<String, Object> watch(@QueryParam("seconds") int seconds) {
        Caller caller = currentCaller.get();
        boolean clear = caller.has(Permission.CUSTOMER_PII_READ);
        long stop = System.nanoTime() + seconds * 1_000_000_000L;
        RefreshSignal.watchedBy(Thread.currentThread());
        try {
            return watch(caller, clear, stop);
        } finally {
            RefreshSignal.watchedBy(null);
        }
    }

    private Map<String, Object> watch(Caller caller, boolean clear, long stop) {
        List<Double> latencies = new ArrayList<>();
        Map<Long, Sample> pending = new LinkedHashMap<>();
        long searches = 0;
        for (long giveUp = Long.MAX_VALUE; System.nanoTime() < giveUp; ) {
            if (System.nanoTime() < stop || INGESTING.get() > 0) {
                giveUp = System.nanoTime() + 30_000_000_000L;
            } else if (pending.isEmpty() && WAITING.isEmpty()) {
                break;
            }
            for (Sample s; (s = WAITING.poll()) != null; ) {
                pending.put(s.noteId(), s);
            }
            List<Sample> all = new ArrayList<>(pending.values());
            for (int from = 0; from < all.size(); from += WORDS_PER_SEARCH) {
                List<Sample> some = all.subList(from, Math.min(all.size(), from + WORDS_PER_SEARCH));
                String q = some.stream().map(Sample::word).collect(Collectors.joining(" OR "));
                searches++;
                List<SearchHit> hits = index.search(
                                SearchRequest.of(q, some.size()), VisibilityRule.reach(caller), clear, keys -> Map.of())
                        .items();
                long found = System.nanoTime();
                for (SearchHit hit : hits) {
                    Sample s = pending.remove(hit.id());
                    if (s != null && s.measured()) {
                        latencies.add((found - s.committedNanos()) / 1e6);
                    }
                }
            }
            // a refresh during the searches above leaves a permit: the next one is not missed
            LockSupport.parkNanos(WAIT_AT_MOST_NANOS);
        }
        return Map.of("latencies", latencies, "notFound", pending.size() + WAITING.size(), "searches", searches);
    }

    /**
     * The note row and its outbox row in one transaction, as {@link NoteService} writes them, without its permission
     * check, validation and audit entry: what the index has to keep up with, at a rate two cores can write.
     */
    private long outboxOnly(long customer, String text) throws Exception {
        long id = NEXT_ID.getAndIncrement();
        transaction.begin();
        try {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO note "
                                    + "(id, version, customer_id, author_id, text, created_at, updated_at) VALUES (?, 1, ?, 'sales1', ?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setLong(1, id);
                insert.setLong(2, customer);
                insert.setString(3, text);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.executeUpdate();
            }
            changeLog.record(EntityType.NOTE, id, ChangeKind.CREATED, "sales1");
            transaction.commit();
            return id;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    /** A word no note holds by chance: bq and ten random letters. */
    static String word(ThreadLocalRandom random) {
        StringBuilder sb = new StringBuilder("bq");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
