package io.crm.rest.points;

import io.crm.points.MembershipLevels;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The membership levels (会员等级), read by whoever reads customers; {@link MembershipLevelsAdminResource} sets them. */
@Path("membership-levels")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points")
public class MembershipLevelsResource {

    @Inject
    MembershipLevels levels;

    @GET
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
}
