package io.crm.rest.customer;

import io.crm.customer.CustomerShare;
import io.crm.rest.json.ReadOnly;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A share of a customer as a client asks for it; the service checks that exactly one of user and team is named. */
@Schema(name = "ShareRequest", description = "Exactly one of userId and teamId")
@ReadOnly({"id", "customerId", "createdAt", "createdBy"})
public record ShareRequest(
        String userId,
        String teamId,
        @Schema(required = true) CustomerShare.Access access) {}
