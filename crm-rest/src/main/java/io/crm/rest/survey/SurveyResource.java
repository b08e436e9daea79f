package io.crm.rest.survey;

import io.crm.batch.operation.JobOperations;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.rest.customer.CustomerResource;
import io.crm.rest.job.JobResource;
import io.crm.rest.job.JobStarted;
import io.crm.rest.json.MergePatch;
import io.crm.rest.json.RequestReader;
import io.crm.survey.SurveyDispatching;
import io.crm.survey.SurveyImports;
import io.crm.survey.SurveyInvitation;
import io.crm.survey.SurveyResults;
import io.crm.survey.SurveyService;
import io.crm.survey.SurveyView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Surveys for batch administrators: define, dispatch, deliver invitations, import responses, read scores. */
@Path("surveys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Inject
    SurveyResults results;

    @Inject
    SurveyImports imports;

    @Inject
    JobOperations jobs;

    @Inject
    SurveyDispatching dispatching;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSurvey", summary = "Define a survey", description = "Needs survey:manage.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SurveyRequest.class)))
    @APIResponse(responseCode = "201", description = "Defined", content = @Content(schema = @Schema(ref = "Survey")))
    public Response create(SurveyRequest body, @Context UriInfo uri) {
        SurveyView survey = surveys.create(body.data());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(survey.id()))
                        .build())
                .entity(SurveyResponse.of(survey))
                .tag(Requests.etag(survey.version()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listSurveys",
            summary = "List surveys",
            description = "Needs survey:manage or score:read.")
    @APIResponse(
            responseCode = "200",
            description = "A page of surveys",
            content = @Content(schema = @Schema(ref = "SurveyPage")))
    public ListResponse<SurveyResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(surveys.list(Requests.page(limit, cursor)), SurveyResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSurvey", summary = "Read a survey")
    @APIResponse(
            responseCode = "200",
            description = "The survey, with its ETag",
            content = @Content(schema = @Schema(ref = "Survey")))
    public Response get(@PathParam("id") String id) {
        SurveyView survey = surveys.get(Requests.id("survey", id));
        return Response.ok(SurveyResponse.of(survey))
                .tag(Requests.etag(survey.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(CustomerResource.MERGE_PATCH)
    @Operation(
            operationId = "updateSurvey",
            summary = "Change a survey (JSON merge patch)",
            description = "Needs survey:manage and If-Match. The type is fixed " + "once customers were invited.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = CustomerResource.MERGE_PATCH,
                            schema = @Schema(implementation = SurveyRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed survey",
            content = @Content(schema = @Schema(ref = "Survey")))
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject patch) {
        long surveyId = Requests.id("survey", id);
        Long version = Requests.ifMatch(ifMatch, true);
        SurveyView changed = surveys.update(surveyId, version, current -> {
            MergePatch<SurveyRequest> change = MergePatch.of(patch, SurveyRequest.class);
            SurveyRequest base = SurveyRequest.of(current);
            return change.applyTo(change.sends("target") ? base.withoutTarget() : base)
                    .data();
        });
        return Response.ok(SurveyResponse.of(changed))
                .tag(Requests.etag(changed.version()))
                .build();
    }

    @POST
    @Path("{id}/dispatches")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "dispatchSurvey",
            summary = "Dispatch the survey: start the survey-dispatch job",
            description =
                    "Needs job:operate. Follow it at the Location; stop and restart it like any job. "
                            + "`{\"resume\": \"<dispatchId>\"}` resumes a dispatch whose server was killed (its execution stays STARTED in "
                            + "the job repository): the new execution goes on after the last customer that dispatch decided on.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DispatchRequest.class)))
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the execution",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    public Response dispatch(@PathParam("id") String id, JsonObject body) {
        long surveyId = surveys.get(Requests.id("survey", id)).id();
        Map<String, Object> parameters = new HashMap<>(Map.of("surveyId", surveyId));
        if (body != null) {
            String resume = RequestReader.read(body, DispatchRequest.class).resume();
            if (resume != null) {
                long dispatchId = Requests.id("resume", resume);
                dispatching.requireResumable(surveyId, dispatchId);
                parameters.put("dispatchId", dispatchId);
            }
        }
        return JobResource.accepted(new JobStarted(jobs.start(SurveyDispatching.JOB, parameters)));
    }

    @GET
    @Path("{id}/invitations")
    @Operation(
            operationId = "listSurveyInvitations",
            summary = "List the survey's invitations for delivery, oldest first",
            description = "Needs survey:manage. Deliver the PENDING ones with their token, then mark them sent.")
    @APIResponse(
            responseCode = "200",
            description = "A page of invitations",
            content = @Content(schema = @Schema(ref = "InvitationPage")))
    public ListResponse<Deliveries.Invitation> invitations(
            @PathParam("id") String id,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = SurveyInvitation.Status.class))
                    String status,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                results.invitations(
                        Requests.id("survey", id),
                        Requests.enumValue("status", status, SurveyInvitation.Status.class),
                        Requests.page(limit, cursor)),
                Deliveries.Invitation::new);
    }

    @POST
    @Path("{id}/invitations/{invitationId}/sent")
    @Operation(
            operationId = "markInvitationSent",
            summary = "Mark an invitation delivered",
            description = "Only a PENDING invitation; others answer 409.")
    @APIResponse(
            responseCode = "200",
            description = "The invitation, now SENT",
            content = @Content(schema = @Schema(ref = "Invitation")))
    public Deliveries.Invitation sent(@PathParam("id") String id, @PathParam("invitationId") String invitationId) {
        return new Deliveries.Invitation(
                results.markSent(Requests.id("survey", id), Requests.id("invitation", invitationId)));
    }

    @POST
    @Path("{id}/responses/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            operationId = "importSurveyResponses",
            summary = "Import responses from CSV: start the survey-response-import job",
            description =
                    "Header `token,score,comment,respondedAt` (comment and respondedAt optional; respondedAt ISO-8601 UTC, "
                            + "from 1970-01-01T00:00:00Z to now). UTF-8, at most `crm.import.max-bytes` (10 MiB by default), no control "
                            + "characters but line breaks and tabs. Needs survey:manage and job:operate, checked before the file is read. "
                            + "Rows that cannot be taken are listed at GET /surveys/{id}/imports/{importId}/errors; more than skipLimit "
                            + "of them (100) fail the job.")
    @RequestBody(
            required = true,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "202",
            description = "Started; Location names the execution",
            content = @Content(schema = @Schema(implementation = JobStarted.class)))
    @APIResponse(
            responseCode = "413",
            description = "The file is, or its Content-Length says it is, larger than the limit; " + "it was not read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response importResponses(
            @PathParam("id") String id, @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length, InputStream csv) {
        long importId = imports.store(Requests.id("survey", id), Requests.contentLength(length), csv);
        return JobResource.accepted(
                new JobStarted(jobs.start(SurveyImports.JOB, Map.of("importId", importId)), Long.toString(importId)));
    }

    @GET
    @Path("{id}/imports/{importId}/errors")
    @Operation(
            operationId = "listImportErrors",
            summary = "The rows of an import that could not be taken, with their line and reason")
    @APIResponse(
            responseCode = "200",
            description = "The rows, in line order",
            content = @Content(schema = @Schema(implementation = Deliveries.ImportErrors.class)))
    public Deliveries.ImportErrors importErrors(@PathParam("id") String id, @PathParam("importId") String importId) {
        return new Deliveries.ImportErrors(imports.errors(Requests.id("survey", id), Requests.id("import", importId)));
    }

    @GET
    @Path("{id}/scores")
    @Operation(
            operationId = "getSurveyScores",
            summary = "Scores by group, over the customers the caller may read",
            description =
                    "Needs score:read or survey:manage. NPS: responses, promoters, passives, detractors, nps; CSAT: satisfied "
                            + "and csat; CES: ces (mean) and easy. Groups by tier, stage, owner and region as they were when each response "
                            + "came in; segments as they are now. A caller who sees every customer, or reads scores without a customer "
                            + "scope (batch-admin), reads the latest nps-scoring run whole; a caller with a scope of their own (a manager's "
                            + "team) gets them computed over the customers in that scope. Without customer:pii:read, a group of fewer "
                            + "responses than the deployment's minimum (crm.scores.min-group-responses, 5) is left out and counted in "
                            + "suppressedGroups.")
    @APIResponse(
            responseCode = "200",
            description = "The groups",
            content = @Content(schema = @Schema(ref = "SurveyScores")))
    public Deliveries.Scores scores(
            @PathParam("id") String id,
            @QueryParam("groupBy")
                    @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "tier",
                                                "lifecycleStage",
                                                "level",
                                                "segment",
                                                "ownerId",
                                                "region",
                                                "month"
                                            },
                                            defaultValue = "month"))
                    String groupBy,
            @QueryParam("from") @Parameter(description = "First month, YYYY-MM (0001-01 to 9999-12; outside → 400)")
                    String from,
            @QueryParam("to") @Parameter(description = "Last month, YYYY-MM (0001-01 to 9999-12; outside → 400)")
                    String to) {
        return new Deliveries.Scores(results.scores(Requests.id("survey", id), groupBy, from, to));
    }
}
