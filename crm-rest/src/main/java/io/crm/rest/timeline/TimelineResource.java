package io.crm.rest.timeline;

import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.timeline.TimelineKind;
import io.crm.timeline.TimelineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everything that happened to a customer, newest first, in one cursor-paged list. */
@Path("customers/{customerId}/timeline")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline")
public class TimelineResource {

    @Inject
    TimelineService timeline;

    @GET
    @Operation(
            operationId = "getCustomerTimeline",
            summary = "A customer's timeline, newest first",
            description = "Notes, follow-ups, purchases, interactions, survey invitations and answers, points entries, "
                    + "tier and stage changes. Needs customer:read of the customer; another's customer answers 404. "
                    + "Items at the same time come in kind order, then newest id first; the cursor is a position in "
                    + "that order, so every item comes once across pages.")
    @APIResponse(
            responseCode = "200",
            description = "A page of the timeline",
            content = @Content(schema = @Schema(ref = "TimelinePage")))
    @APIResponse(responseCode = "404", description = "No such customer, or not one you may read")
    public ListResponse<TimelineItemResponse> timeline(
            @PathParam("customerId") String customerId,
            @Parameter(
                            description =
                                    "Comma-separated kinds (note, follow-up, purchase, interaction, survey-invitation, "
                                            + "survey-answer, points-entry, tier-change, stage-change, level-change, consent-change, merge); all when absent")
                    @QueryParam("kinds")
                    String kinds,
            @Parameter(description = "Items at or after this time (ISO-8601 UTC)") @QueryParam("from") String from,
            @Parameter(description = "Items before this time (ISO-8601 UTC)") @QueryParam("to") String to,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                timeline.page(
                        Requests.id("customer", customerId),
                        TimelineKind.parse(kinds),
                        Requests.instant("from", from),
                        Requests.instant("to", to),
                        Requests.page(limit, cursor)),
                TimelineItemResponse::of);
    }
}
