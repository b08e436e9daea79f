package io.crm.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.permission.Reach;
import io.crm.search.DocumentBuilder;
import io.crm.search.SearchRequest;
import io.crm.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Writers, refreshes, commits and searches may run at the same time from many threads. */
class ConcurrencyTest {

    @Test
    void concurrentWritersAndSearchersSeeAConsistentIndex() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try (LuceneIndex index = LuceneIndex.open(new ByteBuffersDirectory())) {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                int base = writer * 1000;
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        index.apply(
                                List.of(DocumentBuilder.note(base + i)
                                        .text("回访 " + i)
                                        .build()),
                                List.of());
                        if (i % 20 == 0) {
                            index.refresh();
                            index.commit(base + i);
                        }
                    }
                }));
            }
            for (int reader = 0; reader < 3; reader++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        SearchResult result = index.search(SearchRequest.of("回访", 5), Reach.EVERYTHING, true);
                        if (result.total() > 0 && result.items().isEmpty()) {
                            throw new AssertionError("a total without hits");
                        }
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get(60, TimeUnit.SECONDS);
            }
            index.refresh();
            assertEquals(
                    600,
                    index.search(SearchRequest.of("回访", 1), Reach.EVERYTHING, true)
                            .total());
        } finally {
            threads.shutdownNow();
        }
    }
}
