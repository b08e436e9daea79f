package io.crm.rest.customer;

import io.crm.customer.CustomerShare;
import io.crm.customer.ShareService;
import io.crm.customer.ShareView;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Explicit shares of a customer with a user or a team, beyond their record scope. */
@Path("customers/{customerId}/shares")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sharing")
public class ShareResource {

    @Inject
    ShareService shares;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createShare",
            summary = "Share a customer with a user or a team",
            description =
                    "Needs customer:write on the customer by your own scope. Sharing again with the same user or team changes the access.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ShareRequest.class)))
    @APIResponse(responseCode = "201", description = "Shared", content = @Content(schema = @Schema(ref = "Share")))
    public Response share(@PathParam("customerId") String customerId, ShareRequest body, @Context UriInfo uri) {
        ShareView share =
                shares.share(Requests.id("customer", customerId), body.userId(), body.teamId(), body.access());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(share.id()))
                        .build())
                .entity(new ShareResponse(share))
                .build();
    }

    @GET
    @Operation(operationId = "listCustomerShares", summary = "List the shares of a customer")
    public Shares list(@PathParam("customerId") String customerId) {
        return new Shares(shares.list(Requests.id("customer", customerId)));
    }

    @DELETE
    @Path("{shareId}")
    @Operation(operationId = "deleteShare", summary = "Withdraw a share")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response unshare(@PathParam("customerId") String customerId, @PathParam("shareId") String shareId) {
        shares.unshare(Requests.id("customer", customerId), Requests.id("share", shareId));
        return Response.noContent().build();
    }

    /** A share as the API shows it. */
    @Schema(name = "Share", description = "Exactly one of userId and teamId")
    @JsonbPropertyOrder({"id", "customerId", "userId", "teamId", "access", "createdAt", "createdBy"})
    public static class ShareResponse {
        @Schema(readOnly = true)
        public final String id;

        @Schema(readOnly = true)
        public final String customerId;

        public final String userId;
        public final String teamId;

        @Schema(required = true)
        public final CustomerShare.Access access;

        @Schema(readOnly = true)
        public final Instant createdAt;

        @Schema(readOnly = true)
        public final String createdBy;

        ShareResponse(ShareView s) {
            id = Long.toString(s.id());
            customerId = Long.toString(s.customerId());
            userId = s.userId();
            teamId = s.teamId();
            access = s.access();
            createdAt = s.createdAt();
            createdBy = s.createdBy();
        }
    }

    /** Every share of a customer. */
    @Schema(name = "ShareList")
    public static class Shares {
        public final List<ShareResponse> items;

        Shares(List<ShareView> shares) {
            items = shares.stream().map(ShareResponse::new).toList();
        }
    }
}
