package io.crm.rest.survey;

import io.crm.survey.ResponseView;
import io.crm.survey.SurveyResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one route without a login: a customer answers a survey with the token of their invitation. */
@Path("public/responses")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class PublicResponseResource {

    @Inject
    SurveyResponses responses;

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            operationId = "submitSurveyResponse",
            summary = "Answer a survey (no login)",
            description = "`{\"score\": 9, \"comment\": \"…\"}`: score a whole number on the "
                    + "survey's scale, comment at most 2000 characters. Once per token.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = Deliveries.Submitted.class)))
    @APIResponse(responseCode = "400", description = "Score off the scale, comment too long, or a malformed body")
    @APIResponse(responseCode = "404", description = "Unknown or expired token")
    @APIResponse(responseCode = "409", description = "The invitation was answered already")
    public Response respond(@PathParam("token") String token, SurveyAnswerRequest body) {
        ResponseView stored = responses.respond(token, body.score(), body.comment());
        return Response.status(Response.Status.CREATED)
                .entity(new Deliveries.Submitted(stored))
                .build();
    }
}
