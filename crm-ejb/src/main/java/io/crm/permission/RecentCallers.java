package io.crm.permission;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Callers resolved within the last {@code ttl}, by login and platform groups, so that a burst of requests from one
 * user asks the database once. {@link #forget()} drops them all; a caller being resolved while that happens is not
 * kept, since it may have read the state from before the change.
 */
final class RecentCallers {

    private record Key(String userId, Set<String> groups) {}

    private record Entry(Caller caller, long resolvedAt, long generation) {}

    private final long ttlNanos;
    private final int maxEntries;
    private final LongSupplier clock;
    private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    RecentCallers(long ttlNanos, int maxEntries, LongSupplier clock) {
        this.ttlNanos = ttlNanos;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    Caller get(String userId, Set<String> groups, Supplier<Caller> resolve) {
        if (ttlNanos <= 0) {
            return resolve.get();
        }
        Key key = new Key(userId, Set.copyOf(groups));
        long generationNow = generation.get();
        long now = clock.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && entry.generation() == generationNow && now - entry.resolvedAt() < ttlNanos) {
            return entry.caller();
        }
        Caller caller = resolve.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry(caller, now, generationNow));
        return caller;
    }

    void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
