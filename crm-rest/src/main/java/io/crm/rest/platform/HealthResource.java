package io.crm.rest.platform;

import io.crm.platform.DetailedHealthCheck;
import io.crm.platform.HealthDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The readiness checks with their figures (job:operate); the server's /health shows only UP or DOWN per check. */
@Path("admin/health")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class HealthResource {

    @Inject
    HealthDetails details;

    @Inject
    @Any
    Instance<DetailedHealthCheck> checks;

    @GET
    @Operation(
            operationId = "getHealthDetails",
            summary = "The readiness checks of the instance that answers, with their figures",
            description = "Needs job:operate. The same checks as the server's /health (crm-database, crm-search-index, "
                    + "crm-audit-reads, crm-webhooks), which answers without a login and so shows only each "
                    + "check's name and status.")
    @APIResponse(
            responseCode = "200",
            description = "UP when every check is",
            content = @Content(schema = @Schema(implementation = Health.class)))
    public Health get() {
        return new Health(details.of(checks));
    }

    /** Every check's answer, and UP only when all are. */
    @Schema(name = "HealthDetails")
    public static class Health {
        @Schema(enumeration = {"UP", "DOWN"})
        public final String status;

        public final List<Check> checks;

        Health(List<HealthCheckResponse> answers) {
            checks = answers.stream().map(Check::new).toList();
            status = answers.stream().allMatch(a -> a.getStatus() == HealthCheckResponse.Status.UP) ? "UP" : "DOWN";
        }
    }

    /** One check: its name, status and figures (an error message when it could not run). */
    @Schema(name = "HealthCheck")
    public static class Check {
        public final String name;

        @Schema(enumeration = {"UP", "DOWN"})
        public final String status;

        public final Map<String, Object> data;

        Check(HealthCheckResponse answer) {
            name = answer.getName();
            status = answer.getStatus().name();
            data = answer.getData().orElse(Map.of());
        }
    }
}
