package io.crm.batch.reindex;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.ItemTotal;
import io.crm.batch.operation.RunningSteps;
import io.crm.indexing.SearchDocument;
import io.crm.indexing.SearchDocuments;
import io.crm.indexing.SearchType;
import io.crm.search.SearchIndex;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads every note, then every follow-up, in id order, as search documents. On a fresh start it opens an empty
 * index beside the live one (which remembers where the change log stood); on a restart it goes on from the
 * checkpoint into the same one.
 */
public class SearchDocumentReader extends AbstractItemReader {

    private static final int PAGE = 2000;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private final SearchDocuments documents = ModuleBeans.searchDocuments();

    private final SearchIndex index = ModuleBeans.searchIndex();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private final Deque<SearchDocument> buffer = new ArrayDeque<>();
    private SearchType type = SearchType.NOTE;
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof ReindexCheckpoint c) {
            type = c.type();
            lastId = c.lastId();
            index.openRebuild(job.getInstanceId(), false);
        } else {
            index.openRebuild(job.getInstanceId(), true);
        }
        long remaining = documents.countAfter(type, lastId)
                + (type == SearchType.NOTE ? documents.countAfter(SearchType.FOLLOW_UP, 0) : 0);
        step.setPersistentUserData(new ItemTotal(remaining));
        running.started(job.getExecutionId(), remaining);
    }

    @Override
    public void close() {
        running.ended(job.getExecutionId());
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty()) {
            buffer.addAll(documents.page(type, lastId, PAGE));
            if (buffer.isEmpty()) {
                if (type == SearchType.FOLLOW_UP) {
                    return null;
                }
                type = SearchType.FOLLOW_UP;
                lastId = 0;
            }
        }
        SearchDocument next = buffer.poll();
        lastId = next.id();
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return new ReindexCheckpoint(type, lastId);
    }
}
