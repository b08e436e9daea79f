package io.crm.rest.job;

import io.crm.batch.operation.JobOperations;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.rest.json.RequestReader;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Batch jobs and their executions: start, follow, stop, restart (job:operate). */
@Path("jobs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class JobResource {

    @Inject
    JobOperations jobs;

    @GET
    @Operation(operationId = "listJobs", summary = "The jobs you may run, with their parameters")
    public JobResponses.Jobs list() {
        return new JobResponses.Jobs(jobs.jobs());
    }

    @POST
    @Path("{jobName}/executions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "startJobExecution",
            summary = "Start an execution",
            description = "Body {\"parameters\": {...}}, optional; parameters not given take "
                    + "their defaults. An unknown job or parameter, or a bad value, is a 400 and starts nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JobStartRequest")))
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the execution",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    public Response start(@PathParam("jobName") String jobName, JsonObject body) {
        long execution = jobs.start(
                jobName,
                body == null
                        ? Map.of()
                        : RequestReader.read(body, JobStartRequest.class).values());
        return accepted(execution);
    }

    @GET
    @Path("executions")
    @Operation(operationId = "listJobExecutions", summary = "Executions, newest first")
    @APIResponse(
            responseCode = "200",
            description = "A page of executions",
            content = @Content(schema = @Schema(ref = "JobExecutionPage")))
    public ListResponse<JobResponses.Execution> executions(
            @QueryParam("jobName") String jobName,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = BatchStatus.class)) String status,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                jobs.executions(
                        Requests.text(jobName),
                        Requests.enumValue("status", status, BatchStatus.class),
                        Requests.page(limit, cursor)),
                JobResponses.Execution::new);
    }

    @GET
    @Path("executions/{id}")
    @Operation(
            operationId = "getJobExecution",
            summary = "One execution: status, steps with read/write/skip/commit counts, progress, times")
    @APIResponse(
            responseCode = "200",
            description = "The execution",
            content = @Content(schema = @Schema(implementation = JobResponses.Execution.class)))
    public JobResponses.Execution execution(@PathParam("id") String id) {
        return new JobResponses.Execution(jobs.execution(Requests.id("job execution", id)));
    }

    @POST
    @Path("executions/{id}/stop")
    @Operation(
            operationId = "stopJobExecution",
            summary = "Stop a running execution",
            description =
                    "It stops at its next checkpoint (STOPPING, then STOPPED). " + "One that is not running is a 409.")
    public JobResponses.Execution stop(@PathParam("id") String id) {
        return new JobResponses.Execution(jobs.stop(Requests.id("job execution", id)));
    }

    @POST
    @Path("executions/{id}/restart")
    @Operation(
            operationId = "restartJobExecution",
            summary = "Restart a stopped or failed execution from its last checkpoint",
            description = "With the parameters it had; answers the new execution. Any other state is a 409.")
    @APIResponse(
            responseCode = "202",
            description = "Restarted; Location names the new execution",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    public Response restart(@PathParam("id") String id) {
        return accepted(jobs.restart(Requests.id("job execution", id)));
    }

    /** 202 with the execution id (and the import id of an upload), and the execution as Location. */
    public static Response accepted(JobStarted started) {
        return Response.accepted(started)
                .location(UriBuilder.fromResource(JobResource.class)
                        .path("executions")
                        .path(Long.toString(started.executionId))
                        .build())
                .build();
    }

    private static Response accepted(long execution) {
        return accepted(new JobStarted(execution));
    }
}
