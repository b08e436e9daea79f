package io.crm.search.changelog;

import io.crm.changelog.ChangeConsumer;
import io.crm.changelog.ChangeConsumers;
import io.crm.changelog.ChangeLogReader;
import io.crm.changelog.EntityType;
import io.crm.changelog.LoggedChange;
import io.crm.indexing.IndexingFailures;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchDocuments;
import io.crm.indexing.SearchType;
import io.crm.search.IndexBatch;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The database as the search consumer sees it, in memory: current documents, the change log in position order, the
 * failures store and the consumers' positions. Counts how often each record was loaded.
 */
final class FakeDatabase {

    final Map<String, SearchDocument> documents = new ConcurrentHashMap<>();
    final Map<String, Integer> loads = new ConcurrentHashMap<>();
    private final List<LoggedChange> log = new ArrayList<>();
    private long lastPosition;
    private long nextEntry = 100;
    volatile long prunedThrough;
    final Map<String, Integer> failedAttempts = new ConcurrentHashMap<>();
    /** Whether the back-off of the failed records has passed. */
    volatile boolean retriesDue;

    final List<Long> reachedPositions = new ArrayList<>();
    volatile Consumer<IndexBatch> beforeWrite = batch -> {};
    /** The positions the log was read from, in turn. */
    final List<Long> readsFrom = new ArrayList<>();

    /** Stores the record and writes its change to the log; returns the log entry, as a transaction announces it. */
    synchronized LoggedChange write(SearchDocument document) {
        documents.put(document.key(), document);
        return logged(document.type().entity(), document.id());
    }

    synchronized LoggedChange delete(SearchType type, long id) {
        documents.remove(SearchDocument.key(type, id));
        return logged(type.entity(), id);
    }

    private LoggedChange logged(EntityType entity, long id) {
        LoggedChange change = new LoggedChange(++nextEntry, ++lastPosition, entity, id);
        log.add(change);
        return new LoggedChange(change.entry(), 0, entity, id);
    }

    int loadsOf(SearchType type, long id) {
        return loads.getOrDefault(SearchDocument.key(type, id), 0);
    }

    final ChangeLogReader reader = new ChangeLogReader() {
        @Override
        public Sequenced sequence(int max) {
            synchronized (FakeDatabase.this) {
                return new Sequenced(0, lastPosition);
            }
        }

        @Override
        public List<LoggedChange> after(long position, int max) {
            synchronized (FakeDatabase.this) {
                readsFrom.add(position);
                return log.stream()
                        .filter(c -> c.position() > position && c.position() > prunedThrough)
                        .limit(max)
                        .toList();
            }
        }

        @Override
        public long prunedThrough() {
            return prunedThrough;
        }
    };

    final SearchDocuments loader = new SearchDocuments() {
        @Override
        public List<SearchDocument> load(SearchType type, Collection<Long> ids) {
            ids.forEach(id -> loads.merge(SearchDocument.key(type, id), 1, Integer::sum));
            return ids.stream()
                    .map(id -> documents.get(SearchDocument.key(type, id)))
                    .filter(d -> d != null)
                    .toList();
        }

        @Override
        public List<SearchDocument> ofCustomer(long customerId) {
            return documents.values().stream()
                    .filter(d -> d.customerId() == customerId)
                    .toList();
        }
    };

    final IndexingFailures failures = new IndexingFailures() {
        @Override
        public boolean exist(String node) {
            return !failedAttempts.isEmpty();
        }

        @Override
        public boolean failed(
                String node, EntityType entity, long id, String error, int maxAttempts, Duration firstDelay) {
            return failedAttempts.merge(entity + ":" + id, 1, Integer::sum) >= maxAttempts;
        }

        @Override
        public List<LoggedChange> dueRetries(String node, int max) {
            if (!retriesDue) {
                return List.of();
            }
            return failedAttempts.keySet().stream()
                    .map(key -> key.split(":"))
                    .map(k -> new LoggedChange(0, 0, EntityType.valueOf(k[0]), Long.parseLong(k[1])))
                    .toList();
        }

        @Override
        public void succeeded(String node, List<LoggedChange> changes) {
            changes.forEach(c -> failedAttempts.remove(c.entity() + ":" + c.entityId()));
        }
    };

    final ChangeConsumers consumers = new ChangeConsumers() {
        @Override
        public void reached(ChangeConsumer consumer, String instance, long position, Duration liveness) {
            synchronized (reachedPositions) {
                reachedPositions.add(position);
            }
        }
    };

    /** Delivers batches to {@link #beforeWrite}, synchronously, as CDI does. */
    final Event<IndexBatch> batches = new Event<>() {
        @Override
        public void fire(IndexBatch event) {
            beforeWrite.accept(event);
        }

        @Override
        public <U extends IndexBatch> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends IndexBatch> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<IndexBatch> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends IndexBatch> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends IndexBatch> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    };

    static Map<String, Integer> copy(Map<String, Integer> counts) {
        return new HashMap<>(counts);
    }
}
