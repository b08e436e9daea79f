package io.crm.search.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.crm.changelog.EntityType;
import io.crm.changelog.LoggedChange;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchDocuments;
import io.crm.indexing.SearchType;
import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.IndexBatch;
import io.crm.search.SearchRequest;
import io.crm.search.lucene.LuceneIndex;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CurrentStateLoaderTest {

    private final Map<String, SearchDocument> database = new HashMap<>();
    private final LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory());
    private final List<IndexBatch> fired = new ArrayList<>();
    private Consumer<IndexBatch> observer = fired::add;
    private final CurrentStateLoader applier = new CurrentStateLoader(index, new FakeDocuments(), new FakeEvent());

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void appliesTheCurrentStateWhateverTheOrderAndRemovesWhatIsGone() {
        store(DocumentBuilder.note(1).text("客户要求退款").build());
        store(DocumentBuilder.followUp(2).text("回访 refund").build());
        List<LoggedChange> changes =
                List.of(change(EntityType.FOLLOW_UP, 2), change(EntityType.NOTE, 1), change(EntityType.NOTE, 1));

        assertTrue(applier.apply(changes).isEmpty());
        assertEquals(2, hits("退款 OR refund"));

        database.remove("NOTE:1");
        assertTrue(applier.apply(List.of(change(EntityType.NOTE, 1))).isEmpty());
        assertEquals(0, hits("退款"));
        assertEquals(1, hits("refund"));
    }

    @Test
    void aCustomerChangeRewritesAllItsRecordsWithTheNewVisibility() {
        store(DocumentBuilder.note(1)
                .customer(7, "客户七")
                .owner("sales1")
                .text("续约 renewal")
                .build());
        store(DocumentBuilder.followUp(2)
                .customer(7, "客户七")
                .owner("sales1")
                .text("续约 call")
                .build());
        applier.apply(List.of(change(EntityType.NOTE, 1), change(EntityType.FOLLOW_UP, 2)));
        assertEquals(0, hits("续约", new Reach(false, Set.of("sales2"), Set.of(), Set.of(), Set.of())));

        store(DocumentBuilder.note(1)
                .customer(7, "客户七")
                .owner("sales2")
                .text("续约 renewal")
                .build());
        database.remove("FOLLOW_UP:2");
        assertTrue(applier.apply(List.of(change(EntityType.CUSTOMER, 7))).isEmpty());

        assertEquals(1, hits("续约", new Reach(false, Set.of("sales2"), Set.of(), Set.of(), Set.of())));
        assertEquals(1, hits("续约"), "a record the customer no longer has is gone");
    }

    @Test
    void aFailingRecordDoesNotHoldBackTheOthersOfItsBatch() {
        store(DocumentBuilder.note(1).text("good one").build());
        store(DocumentBuilder.note(2).text("poison").build());
        store(DocumentBuilder.note(3).text("good two").build());
        observer = batch -> {
            if (batch.documents().stream().anyMatch(d -> d.text().contains("poison"))) {
                throw new IllegalStateException("disk full");
            }
        };

        List<CurrentStateLoader.Failure> failures = applier.apply(List.of(
                change(EntityType.NOTE, 1),
                change(EntityType.NOTE, 2),
                change(EntityType.NOTE, 3),
                change(EntityType.NOTE, 2)));

        assertEquals(1, failures.size());
        assertEquals(2, failures.get(0).change().entityId());
        assertTrue(failures.get(0).error().contains("disk full"));
        assertEquals(2, hits("good"));
    }

    private void store(SearchDocument document) {
        database.put(document.key(), document);
    }

    private long hits(String q) {
        return hits(q, Reach.EVERYTHING);
    }

    private long hits(String q, Reach reach) {
        index.refresh();
        return index.search(SearchRequest.of(q, 10), reach, true).total();
    }

    private static LoggedChange change(EntityType entity, long id) {
        return new LoggedChange(0, 0, entity, id);
    }

    /** The database as the applier reads it: the current documents. */
    private final class FakeDocuments extends SearchDocuments {
        @Override
        public List<SearchDocument> load(SearchType type, Collection<Long> ids) {
            return ids.stream()
                    .map(id -> database.get(SearchDocument.key(type, id)))
                    .filter(d -> d != null)
                    .toList();
        }

        @Override
        public List<SearchDocument> ofCustomer(long customerId) {
            return database.values().stream()
                    .filter(d -> d.customerId() == customerId)
                    .toList();
        }
    }

    /** Delivers fired batches to the test's observer, synchronously, as CDI does. */
    private final class FakeEvent implements Event<IndexBatch> {
        @Override
        public void fire(IndexBatch event) {
            observer.accept(event);
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
    }
}
