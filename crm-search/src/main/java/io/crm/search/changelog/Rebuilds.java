package io.crm.search.changelog;

import io.crm.changelog.ChangeLogReader;
import io.crm.indexing.SearchDocument;
import io.crm.search.lucene.LuceneGeneration;
import io.crm.search.lucene.LuceneGenerations;
import io.crm.search.lucene.LuceneIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The rebuilds of this instance's index: open a new generation beside the live one (remembering where the log ends),
 * fill it, swap it in, and let the processor replay the log from where it began. Also decides when one is needed: an
 * index before changes the log no longer holds (a gap), after the log's end (another database: emptied at once), or
 * of an older format. The need is kept in the {@code REBUILD-NEEDED} marker until a swap, so a restart meanwhile does
 * not forget it, and the job is started again when no rebuild is open here for a minute (an execution killed with the
 * server never finishes).
 */
public final class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class.getName());
    private static final Duration RETRY = Duration.ofMinutes(1);
    static final String OLDER_FORMAT = "the index was written in an older format";
    static final String MISSED_CHANGES = "the index missed changes the log no longer holds";

    private final Path root;
    private final LuceneGenerations generations;
    private final Function<Path, LuceneGeneration> opener;
    private final LiveIndex live;
    private final ChangeLogReader log;
    private final Runnable startJob;
    private final Map<Long, LuceneGeneration> open = new ConcurrentHashMap<>();
    private volatile boolean behind;
    /** Rebuilding for the format alone: the live index misses no change, searches are right but for prefixes. */
    private volatile boolean formatOnly;

    private long requestedAt = System.nanoTime() - RETRY.toNanos();

    Rebuilds(
            Path root,
            LuceneGenerations generations,
            Function<Path, LuceneGeneration> opener,
            LiveIndex live,
            ChangeLogReader log,
            Runnable startJob) {
        this.root = root.toAbsolutePath().normalize();
        this.generations = generations;
        this.opener = opener;
        this.live = live;
        this.log = log;
        this.startJob = startJob;
        if (live.index().needsRebuild() && !Files.exists(neededMarker())) {
            // It keeps answering meanwhile; the timer starts the rebuild as for an index that cannot catch up.
            LOG.warning(() ->
                    "Search index " + live.current().generation() + " was written in an older format; rebuilding it");
            markNeeded(OLDER_FORMAT);
        }
    }

    /** Checks, under the writing lock, that the log can bring the live index up to date; starts a rebuild if not. */
    void check(long logEnd) {
        boolean foreign = live.position() > logEnd;
        boolean gap = live.position() < log.prunedThrough();
        if (foreign || gap) {
            markNeeded(MISSED_CHANGES);
        }
        behind = Files.exists(neededMarker());
        formatOnly = behind && OLDER_FORMAT.equals(reason());
        if (!behind) {
            return;
        }
        if (foreign) {
            // No record of another database may ever be found: empty at once, rebuild after.
            LuceneGeneration empty = opener.apply(generations.next());
            empty.index().commit(0);
            generations.promote(empty.generation());
            live.replace(empty, 0);
        }
        if (open.isEmpty() && System.nanoTime() - requestedAt > RETRY.toNanos()) {
            requestedAt = System.nanoTime();
            LOG.warning(() ->
                    "Search index at position " + live.position() + " needs a rebuild (" + reason() + "); starting it");
            startJob.run();
        }
    }

    /** Where the open rebuilds began, the lowest: the log keeps what they will replay. */
    long keepFrom() {
        return open.values().stream().mapToLong(r -> r.index().position()).min().orElse(Long.MAX_VALUE);
    }

    /**
     * Opens the index a rebuild writes into: a new one, which remembers where the change log stands now (every change
     * committed later is applied to it after the swap), or on a restart the one it began.
     */
    public void open(long jobInstance, boolean fresh) {
        LuceneGeneration existing = open.get(jobInstance);
        if (existing != null && !fresh) {
            return;
        }
        if (existing != null) {
            open.remove(jobInstance);
            existing.close();
        }
        Path marker = jobMarker(jobInstance);
        try {
            LuceneGeneration rebuild;
            boolean resumed = !fresh && Files.exists(marker);
            if (resumed) {
                Path generation = root.resolve(
                        Files.readString(marker, StandardCharsets.UTF_8).trim());
                if (!Files.isDirectory(generation)) {
                    throw new IllegalStateException("The index this rebuild was writing (" + generation
                            + ") is gone; start a new search-reindex instead of restarting this one.");
                }
                rebuild = opener.apply(generation);
            } else {
                rebuild = opener.apply(generations.next());
                Files.writeString(marker, rebuild.generation().getFileName().toString(), StandardCharsets.UTF_8);
            }
            // Known to commits before a fresh one has a position (0 holds back every removal from the log), so that
            // the log keeps the changes it will replay.
            open.put(jobInstance, rebuild);
            if (!resumed) {
                rebuild.index().commit(ChangeProcessor.logEnd(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds documents to the index being rebuilt, durably. */
    public void add(long jobInstance, List<SearchDocument> batch) {
        LuceneIndex rebuild = rebuild(jobInstance).index();
        rebuild.apply(batch, List.of());
        rebuild.commit(rebuild.position());
    }

    /** Makes the rebuilt index the live one, at the position it began; the processor replays the log from there. */
    public void swap(long jobInstance) {
        LuceneGeneration rebuild = rebuild(jobInstance);
        live.writing.lock();
        try {
            rebuild.index().refresh();
            generations.promote(rebuild.generation());
            live.replace(rebuild, rebuild.index().position());
            open.remove(jobInstance);
            Set<Path> keep = new HashSet<>();
            keep.add(live.current().generation());
            open.values().forEach(other -> keep.add(other.generation()));
            generations.deleteAllBut(keep);
            Files.deleteIfExists(jobMarker(jobInstance));
            Files.deleteIfExists(neededMarker());
            behind = false;
            formatOnly = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            live.writing.unlock();
        }
    }

    /** Whether the index is being rebuilt because it could not catch up by the log or was of an older format. */
    public boolean rebuilding() {
        return behind;
    }

    /** Whether the live index misses changes until a rebuild is swapped in (one rebuilt for its format does not). */
    public boolean missesChanges() {
        return behind && !formatOnly;
    }

    void closeAll() {
        open.values().forEach(LuceneGeneration::close);
    }

    private LuceneGeneration rebuild(long jobInstance) {
        LuceneGeneration rebuild = open.get(jobInstance);
        if (rebuild == null) {
            open(jobInstance, false);
            rebuild = open.get(jobInstance);
        }
        return rebuild;
    }

    private void markNeeded(String why) {
        try {
            Files.writeString(neededMarker(), why, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String reason() {
        try {
            return Files.readString(neededMarker(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "reason unknown: " + e;
        }
    }

    Path neededMarker() {
        return root.resolve("REBUILD-NEEDED");
    }

    private Path jobMarker(long jobInstance) {
        return root.resolve("rebuild-" + jobInstance);
    }
}
