package io.crm.rest.search;

import io.crm.batch.operation.JobOperations;
import io.crm.batch.reindex.SearchReindexJob;
import io.crm.rest.Requests;
import io.crm.rest.job.JobStarted;
import io.crm.search.SearchAdmin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The search index's state on the instance that answers, and the replay of failed records (job:operate). */
@Path("admin/search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class SearchAdminResource {

    @Inject
    SearchAdmin admin;

    @Inject
    JobOperations jobs;

    @GET
    @Operation(
            operationId = "getSearchIndexState",
            summary = "State of this instance's search index",
            description =
                    "Lag, changes waiting, records retrying and failed, and whether it is being rebuilt because it could not catch up.")
    public SearchAdminResponses.IndexState state() {
        return new SearchAdminResponses.IndexState(admin.backlog(), admin.rebuilding());
    }

    @GET
    @Path("failures")
    @Operation(
            operationId = "listIndexingFailures",
            summary = "Records this instance could not index",
            description = "Oldest first, at most 200: entity, id, "
                    + "state (RETRYING or FAILED), attempts, times and the last error.")
    public SearchAdminResponses.Failures failures() {
        return new SearchAdminResponses.Failures(admin.failures());
    }

    @POST
    @Path("reindex")
    @Operation(
            operationId = "rebuildSearchIndex",
            summary = "Rebuild the search index from the database",
            description =
                    "Starts the search-reindex job (as POST /jobs/search-reindex/executions does); searches keep answering "
                            + "from the current index until the new one is swapped in.")
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the reindex state",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    public Response reindex(@Context UriInfo uri) {
        long execution = jobs.start(SearchReindexJob.NAME, Map.of());
        return Response.accepted(new JobStarted(execution))
                .location(uri.getAbsolutePathBuilder()
                        .path(Long.toString(execution))
                        .build())
                .build();
    }

    @GET
    @Path("reindex/{executionId}")
    @Operation(operationId = "getReindexState", summary = "State of a reindex execution")
    public SearchAdminResponses.ReindexState reindexState(@PathParam("executionId") String executionId) {
        long execution = Requests.id("reindex execution", executionId);
        return new SearchAdminResponses.ReindexState(
                execution, jobs.execution(execution).status());
    }

    @POST
    @Path("failures/replay")
    @Operation(
            operationId = "replayIndexingFailures",
            summary = "Retry every record whose indexing failed",
            description = "On every instance; audited.")
    public SearchAdminResponses.Replayed replay() {
        return new SearchAdminResponses.Replayed(admin.replayFailed());
    }
}
