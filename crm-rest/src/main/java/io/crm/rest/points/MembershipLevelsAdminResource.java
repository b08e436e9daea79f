package io.crm.rest.points;

import io.crm.points.MembershipLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** Setting the membership levels, an administrator's function (GET /membership-levels reads them). */
@Path("admin/membership-levels")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points")
public class MembershipLevelsAdminResource {

    @Inject
    MembershipLevels levels;

    @PUT
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
