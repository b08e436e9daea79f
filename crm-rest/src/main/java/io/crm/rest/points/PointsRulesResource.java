package io.crm.rest.points;

import io.crm.points.PointsService;
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

/** The rules by which purchases earn points. */
@Path("admin/points/rules")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Points")
public class PointsRulesResource {

    @Inject
    PointsService points;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "savePointsRules",
            summary = "Set the accrual rules in effect from a day on",
            description =
                    "Needs points:manage (admin). A purchase accrues by the rules of the latest effectiveFrom on or "
                            + "before its day (UTC), once per purchase; before any rules, purchases earn nothing.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PointsRulesRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The rules as stored",
            content = @Content(schema = @Schema(implementation = PointsRulesResponse.class)))
    public PointsRulesResponse put(PointsRulesRequest body) {
        return new PointsRulesResponse(points.putRules(body.effectiveFrom(), body.terms()));
    }
}
