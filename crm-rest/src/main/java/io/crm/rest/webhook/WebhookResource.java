package io.crm.rest.webhook;

import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import io.crm.rest.customer.CustomerResource;
import io.crm.rest.json.MergePatch;
import io.crm.webhook.CreatedWebhook;
import io.crm.webhook.WebhookService;
import io.crm.webhook.WebhookView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Webhook subscriptions of host applications, their deliveries and replays; all of it needs webhook:manage. */
@Path("webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe to events",
            description = "Needs webhook:manage. The answer holds the signing secret (`whsec_…`), shown this once; "
                    + "deliveries are signed per the Standard Webhooks specification (docs/events.md).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Subscribed, with its secret",
            content = @Content(schema = @Schema(ref = "Webhook")))
    public Response create(WebhookRequest body, @Context UriInfo uri) {
        CreatedWebhook created = webhooks.create(body.data());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.webhook().id()))
                        .build())
                .entity(WebhookResponse.created(created))
                .tag(Requests.etag(created.webhook().version()))
                .build();
    }

    @GET
    @Operation(
            operationId = "listWebhooks",
            summary = "List webhook subscriptions",
            description = "Needs webhook:manage.")
    @APIResponse(
            responseCode = "200",
            description = "A page of subscriptions",
            content = @Content(schema = @Schema(ref = "WebhookPage")))
    public ListResponse<WebhookResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(webhooks.list(Requests.page(limit, cursor)), WebhookResponse::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook subscription (without its secret)")
    @APIResponse(
            responseCode = "200",
            description = "The subscription, with its ETag",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Response get(@PathParam("id") String id) {
        WebhookView webhook = webhooks.get(Requests.id("webhook", id));
        return Response.ok(WebhookResponse.of(webhook))
                .tag(Requests.etag(webhook.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(CustomerResource.MERGE_PATCH)
    @Operation(
            operationId = "updateWebhook",
            summary = "Change a webhook subscription (JSON merge patch)",
            description = "Needs webhook:manage and If-Match. `paused: false` resumes a paused subscription: the "
                    + "events that waited are sent, in order per customer.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = CustomerResource.MERGE_PATCH,
                            schema = @Schema(implementation = WebhookRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed subscription, with its new ETag",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(responseCode = "404", description = "No such subscription")
    @APIResponse(responseCode = "412", description = "The subscription changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject patch) {
        long webhookId = Requests.id("webhook", id);
        Long version = Requests.ifMatch(ifMatch, true);
        WebhookView changed = webhooks.update(
                webhookId,
                version,
                current -> MergePatch.of(patch, WebhookRequest.class)
                        .applyTo(WebhookRequest.of(current))
                        .data());
        return Response.ok(WebhookResponse.of(changed))
                .tag(Requests.etag(changed.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteWebhook",
            summary = "Unsubscribe",
            description = "Needs webhook:manage; its deliveries go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription")
    @APIResponse(responseCode = "412", description = "The subscription changed since you read it")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        webhooks.delete(Requests.id("webhook", id), Requests.ifMatch(ifMatch, false));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "List a subscription's deliveries, newest first, with every attempt",
            description = "Needs webhook:manage. Each attempt tells when, the receiver's status code, the latency and "
                    + "the error.")
    @APIResponse(
            responseCode = "200",
            description = "A page of deliveries",
            content = @Content(schema = @Schema(ref = "WebhookDeliveryPage")))
    @APIResponse(responseCode = "404", description = "No such subscription")
    public ListResponse<WebhookDeliveryResponse> deliveries(
            @PathParam("id") String id, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                webhooks.deliveries(Requests.id("webhook", id), Requests.page(limit, cursor)),
                WebhookDeliveryResponse::of);
    }

    @POST
    @Path("{id}/secret-rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Give a subscription a new signing secret",
            description = "Needs webhook:manage. The answer holds the new secret, shown this once. During the overlap "
                    + "every delivery carries two signatures, one per secret, so the receiver may switch at any time "
                    + "within it; a secret before the current one is forgotten (docs/events.md).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SecretRotationRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The subscription with its new secret",
            content = @Content(schema = @Schema(ref = "Webhook")))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription",
            content = @Content(schema = @Schema(ref = "Problem")))
    public Response rotateSecret(@PathParam("id") String id, SecretRotationRequest body) {
        CreatedWebhook rotated = webhooks.rotateSecret(Requests.id("webhook", id), body.overlap());
        return Response.ok(WebhookResponse.created(rotated))
                .tag(Requests.etag(rotated.webhook().version()))
                .build();
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/replay")
    @Operation(
            operationId = "replayWebhookDelivery",
            summary = "Send a delivery again",
            description = "Needs webhook:manage. The same event id and body, as soon as the sender comes round (within "
                    + "a second), after the customer's earlier waiting events; a dead delivery gets its retries again.")
    @APIResponse(
            responseCode = "202",
            description = "Queued again",
            content = @Content(schema = @Schema(ref = "WebhookDelivery")))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery")
    public Response replay(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return Response.accepted(WebhookDeliveryResponse.of(
                        webhooks.replay(Requests.id("webhook", id), Requests.id("delivery", deliveryId))))
                .build();
    }

    @POST
    @Path("{id}/replays")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "replayWebhookEvents",
            summary = "Send a time range of events again",
            description = "Needs webhook:manage. Every event of the subscription's types made from changes in [from, "
                    + "to) is queued again as a new delivery with the event's own id (receivers drop what they had), "
                    + "about records the subscription's user may read now, as they read them now. The change log "
                    + "keeps changes for crm.changelog.retention (7 days): a range reaching further back is refused "
                    + "with 409 and the oldest time available (oldestAvailable). At most 10,000 changes per replay.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = WebhookReplayRequest.class)))
    @APIResponse(
            responseCode = "202",
            description = "Queued: how many events",
            content = @Content(schema = @Schema(implementation = WebhookReplayResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription")
    @APIResponse(
            responseCode = "409",
            description = "The change log no longer holds the whole range; oldestAvailable tells from when it does")
    public Response replayRange(@PathParam("id") String id, WebhookReplayRequest body) {
        return Response.accepted(new WebhookReplayResponse(
                        webhooks.replayRange(Requests.id("webhook", id), body.from(), body.to())))
                .build();
    }
}
