package io.crm.rest.points;

import io.crm.points.MembershipLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The membership levels (会员等级): read by whoever reads customers, set by an administrator. */
@Path("")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points")
public class MembershipLevelsResource {

    @Inject
    MembershipLevels levels;

    @GET
    @Path("membership-levels")
    @Operation(
            operationId = "getMembershipLevels",
            summary = "The membership levels, lowest first, with their thresholds and benefits",
            description = "Needs customer:read. A customer's level is on the customer (membershipLevel) and on its "
                    + "points balance (level).")
    @APIResponse(
            responseCode = "200",
            description = "The levels",
            content = @Content(schema = @Schema(implementation = MembershipLevelsResponse.class)))
    public MembershipLevelsResponse get() {
        return new MembershipLevelsResponse(levels.levels());
    }

    @PUT
    @Path("admin/membership-levels")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveMembershipLevels",
            summary = "Set the membership levels",
            description = "Needs points:manage (admin). Replaces the levels as a whole. The customer-scoring job puts "
                    + "each customer on the highest level whose minPoints (points earned in the last windowMonths, "
                    + "less what was reversed of them) or minSpend (purchases in the window, refunds left out) it "
                    + "reaches, and records each change in the customer's history (field level).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MembershipLevelsRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The levels as stored",
            content = @Content(schema = @Schema(implementation = MembershipLevelsResponse.class)))
    public MembershipLevelsResponse put(MembershipLevelsRequest body) {
        return new MembershipLevelsResponse(levels.replace(body.windowMonths(), body.asLevels()));
    }
}
