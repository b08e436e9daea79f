package io.crm.search.changelog;

import io.crm.changelog.LoggedChange;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchDocuments;
import io.crm.indexing.SearchType;
import io.crm.search.IndexBatch;
import io.crm.search.lucene.LuceneIndex;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loader: applies changes from the log to an index by reloading the current state of each record by id from the
 * database:
 * the order of events does not matter and applying one twice does no harm. A batch that fails is split so that
 * one bad record does not hold back the others; what still fails is returned for retrying.
 */
final class CurrentStateLoader {

    record Failure(LoggedChange change, String error) {}

    private final LuceneIndex index;
    private final SearchDocuments documents;
    private final Event<IndexBatch> batches;

    CurrentStateLoader(LuceneIndex index, SearchDocuments documents, Event<IndexBatch> batches) {
        this.index = index;
        this.documents = documents;
        this.batches = batches;
    }

    List<Failure> apply(List<LoggedChange> changes) {
        try {
            write(changes);
            return List.of();
        } catch (RuntimeException e) {
            if (changes.size() == 1) {
                return List.of(new Failure(changes.get(0), describe(e)));
            }
        }
        Map<String, LoggedChange> distinct = new LinkedHashMap<>();
        changes.forEach(c -> distinct.putIfAbsent(c.entity() + ":" + c.entityId(), c));
        List<Failure> failures = new ArrayList<>();
        for (LoggedChange change : distinct.values()) {
            try {
                write(List.of(change));
            } catch (RuntimeException e) {
                failures.add(new Failure(change, describe(e)));
            }
        }
        return failures;
    }

    private void write(List<LoggedChange> changes) {
        Map<SearchType, Set<Long>> ids =
                Map.of(SearchType.NOTE, new LinkedHashSet<>(), SearchType.FOLLOW_UP, new LinkedHashSet<>());
        Set<Long> customers = new LinkedHashSet<>();
        for (LoggedChange change : changes) {
            switch (change.entity()) {
                case NOTE -> ids.get(SearchType.NOTE).add(change.entityId());
                case FOLLOW_UP -> ids.get(SearchType.FOLLOW_UP).add(change.entityId());
                case CUSTOMER -> customers.add(change.entityId());
            }
        }
        List<SearchDocument> upserts = new ArrayList<>();
        Set<String> deleted = new HashSet<>();
        for (Map.Entry<SearchType, Set<Long>> e : ids.entrySet()) {
            List<SearchDocument> current = documents.load(e.getKey(), e.getValue());
            upserts.addAll(current);
            Set<Long> gone = new HashSet<>(e.getValue());
            current.forEach(d -> gone.remove(d.id()));
            gone.forEach(id -> deleted.add(SearchDocument.key(e.getKey(), id)));
        }
        Map<Long, List<SearchDocument>> ofCustomers = new LinkedHashMap<>();
        customers.forEach(c -> ofCustomers.put(c, documents.ofCustomer(c)));
        List<SearchDocument> written = new ArrayList<>(upserts);
        ofCustomers.values().forEach(written::addAll);
        batches.fire(new IndexBatch(written, deleted, customers));
        index.apply(upserts, deleted);
        ofCustomers.forEach(index::replaceCustomer);
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
