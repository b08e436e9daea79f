package io.crm.rest.customer;

import io.crm.customer.ConsentChangeView;
import io.crm.customer.ConsentService;
import io.crm.customer.ConsentsView;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's marketing consents: the state per channel and every change that led to it. */
@Path("customers/{customerId}/consents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class ConsentResource {

    @Inject
    ConsentService consents;

    @GET
    @Operation(
            operationId = "getCustomerConsents",
            summary = "A customer's consent per channel, since when, and its history",
            description = "Needs customer:read of the customer; another's customer answers 404. Survey dispatches read "
                    + "the state as it is when they run.")
    @APIResponse(
            responseCode = "200",
            description = "The consents",
            content = @Content(schema = @Schema(implementation = Consents.class)))
    @APIResponse(responseCode = "404", description = "No such customer, or not yours to see")
    public Consents get(@PathParam("customerId") String customerId) {
        return new Consents(consents.consents(Requests.id("customer", customerId)));
    }

    /** The consents of one customer. */
    @Schema(name = "CustomerConsents")
    @JsonbPropertyOrder({"customerId", "channels", "history"})
    public static class Consents {
        public final String customerId;

        @Schema(
                type = SchemaType.ARRAY,
                implementation = ChannelState.class,
                description = "Channels asked about; a channel never asked is absent and counts as no consent")
        public final List<ChannelState> channels;

        @Schema(type = SchemaType.ARRAY, implementation = ConsentChange.class, description = "Oldest first")
        public final List<ConsentChange> history;

        Consents(ConsentsView v) {
            customerId = Long.toString(v.customerId());
            channels = v.channels().stream().map(ChannelState::new).toList();
            history = v.history().stream().map(ConsentChange::new).toList();
        }
    }

    /** A channel's consent now. */
    @Schema(name = "ConsentState")
    @JsonbPropertyOrder({"channel", "granted", "since"})
    public static class ChannelState {
        @Schema(enumeration = {"EMAIL", "SMS", "WECHAT", "PHONE"})
        public final String channel;

        public final boolean granted;

        @Schema(nullable = true, description = "When it took this state")
        public final Instant since;

        ChannelState(ConsentsView.ChannelState s) {
            channel = s.channel().name();
            granted = s.granted();
            since = s.since() == null ? null : s.since().toInstant();
        }
    }

    /** One change of consent on a channel. */
    @Schema(name = "ConsentChange")
    @JsonbPropertyOrder({"id", "channel", "granted", "source", "changedBy", "changedAt"})
    public static class ConsentChange {
        public final String id;

        @Schema(enumeration = {"EMAIL", "SMS", "WECHAT", "PHONE"})
        public final String channel;

        @Schema(nullable = true, description = "Given (true), withdrawn (false), or no longer recorded (null)")
        public final Boolean granted;

        @Schema(enumeration = {"API", "IMPORT", "SURVEY", "PUBLIC_LINK", "MIGRATION", "ERASURE"})
        public final String source;

        @Schema(description = "The user, or system:<job> / system:migration")
        public final String changedBy;

        public final Instant changedAt;

        ConsentChange(ConsentChangeView c) {
            id = Long.toString(c.id());
            channel = c.channel().name();
            granted = c.granted();
            source = c.source().name();
            changedBy = c.changedBy();
            changedAt = c.changedAt().toInstant();
        }
    }
}
