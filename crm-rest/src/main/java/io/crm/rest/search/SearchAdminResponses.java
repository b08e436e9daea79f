package io.crm.rest.search;

import io.crm.indexing.IndexFailureView;
import io.crm.indexing.SearchBacklog;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of the search index's administration on the instance that answers. */
final class SearchAdminResponses {

    private SearchAdminResponses() {}

    /** How far this instance's index is behind the database, and whether it is being rebuilt. */
    @Schema(name = "SearchIndexState")
    @JsonbPropertyOrder({"lagMillis", "eventsWaiting", "eventsRetrying", "eventsFailed", "rebuilding"})
    public static class IndexState {
        @Schema(description = "Age of the oldest change not yet searchable, in milliseconds")
        public final long lagMillis;

        public final long eventsWaiting;
        public final long eventsRetrying;
        public final long eventsFailed;

        @Schema(description = "True while the index is rebuilt because it could not catch up")
        public final boolean rebuilding;

        IndexState(SearchBacklog backlog, boolean rebuilding) {
            lagMillis = backlog.lag().toMillis();
            eventsWaiting = backlog.waiting();
            eventsRetrying = backlog.retrying();
            eventsFailed = backlog.failed();
            this.rebuilding = rebuilding;
        }
    }

    /** A record this instance could not index. */
    @Schema(name = "IndexingFailure")
    @JsonbPropertyOrder({"entity", "entityId", "state", "attempts", "firstFailedAt", "nextAttemptAt", "lastError"})
    public static class Failure {
        @Schema(description = "The kind of record, such as NOTE or FOLLOW_UP")
        public final String entity;

        public final long entityId;

        @Schema(enumeration = {"RETRYING", "FAILED"})
        public final String state;

        public final int attempts;
        public final Instant firstFailedAt;
        public final Instant nextAttemptAt;

        @Schema(description = "Absent when none was recorded")
        public final String lastError;

        Failure(IndexFailureView f) {
            entity = f.entity().name();
            entityId = f.entityId();
            state = f.state();
            attempts = f.attempts();
            firstFailedAt = f.firstFailedAt();
            nextAttemptAt = f.nextAttemptAt();
            lastError = f.lastError();
        }
    }

    /** The records this instance could not index, oldest first, at most 200. */
    @Schema(name = "IndexingFailureList")
    public static class Failures {
        public final List<Failure> items;

        Failures(List<IndexFailureView> failures) {
            items = failures.stream().map(Failure::new).toList();
        }
    }

    /** The state of a reindex execution. */
    @Schema(name = "ReindexState")
    @JsonbPropertyOrder({"executionId", "status"})
    public static class ReindexState {
        public final long executionId;

        @Schema(description = "STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED or ABANDONED")
        public final String status;

        ReindexState(long executionId, String status) {
            this.executionId = executionId;
            this.status = status;
        }
    }

    /** How many failed records were put back to be indexed again. */
    @Schema(name = "IndexingReplay")
    public static class Replayed {
        public final int replayed;

        Replayed(int replayed) {
            this.replayed = replayed;
        }
    }
}
