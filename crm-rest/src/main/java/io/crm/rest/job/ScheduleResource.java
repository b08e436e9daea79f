package io.crm.rest.job;

import io.crm.batch.operation.ScheduleService;
import io.crm.batch.operation.ScheduleView;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.rest.customer.CustomerResource;
import io.crm.rest.json.MergePatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cron schedules of jobs (job:operate). They fire once across instances and survive restarts. */
@Path("schedules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jobs")
public class ScheduleResource {

    @Inject
    ScheduleService schedules;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createSchedule",
            summary = "Schedule a job",
            description = "Five-field cron in a time zone; an invalid cron, zone, job or parameter is a 400.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ScheduleRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Scheduled; Location and ETag",
            content = @Content(schema = @Schema(ref = "Schedule")))
    public Response create(ScheduleRequest body) {
        ScheduleView created = schedules.create(body.data(null));
        return Response.created(UriBuilder.fromResource(ScheduleResource.class)
                        .path(Long.toString(created.id()))
                        .build())
                .tag(Requests.etag(created.version()))
                .entity(new JobResponses.Schedule(created))
                .build();
    }

    @GET
    @Operation(operationId = "listSchedules", summary = "List schedules")
    @APIResponse(
            responseCode = "200",
            description = "A page of schedules",
            content = @Content(schema = @Schema(ref = "SchedulePage")))
    public ListResponse<JobResponses.Schedule> list(
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(schedules.list(Requests.page(limit, cursor)), JobResponses.Schedule::new);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSchedule", summary = "Read a schedule, with its next fire times")
    @APIResponse(
            responseCode = "200",
            description = "The schedule, with its ETag",
            content = @Content(schema = @Schema(ref = "Schedule")))
    public Response get(@PathParam("id") String id) {
        ScheduleView schedule = schedules.get(Requests.id("schedule", id));
        return Response.ok(new JobResponses.Schedule(schedule))
                .tag(Requests.etag(schedule.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(CustomerResource.MERGE_PATCH)
    @Operation(
            operationId = "updateSchedule",
            summary = "Change a schedule (JSON merge patch)",
            description = "cron, timeZone, parameters, enabled. If-Match required.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = CustomerResource.MERGE_PATCH,
                            schema = @Schema(implementation = ScheduleRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed schedule, with its new ETag",
            content = @Content(schema = @Schema(ref = "Schedule")))
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject patch) {
        long scheduleId = Requests.id("schedule", id);
        Long version = Requests.ifMatch(ifMatch, true);
        ScheduleView changed = schedules.update(scheduleId, version, current -> {
            MergePatch<ScheduleRequest> change = MergePatch.of(patch, ScheduleRequest.class);
            return change.applyTo(ScheduleRequest.of(current))
                    .data(change.sends("parameters") ? null : current.parameters());
        });
        return Response.ok(new JobResponses.Schedule(changed))
                .tag(Requests.etag(changed.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSchedule", summary = "Delete a schedule")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        schedules.delete(Requests.id("schedule", id), Requests.ifMatch(ifMatch, false));
        return Response.noContent().build();
    }
}
