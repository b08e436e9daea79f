package io.crm.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The CRM's REST API, version 1. */
@ApplicationPath("api/v1")
@DeclareRoles({"admin", "manager", "sales", "service", "analyst", "auditor", "batch-admin"})
@OpenAPIDefinition(
        info = @Info(title = "CRM API", version = "1",
                description = "Customer records, permission-aware access, notes and follow-ups with full-text search, "
                        + "satisfaction surveys and jobs. Errors are application/problem+json (RFC 9457). Lists are "
                        + "keyset-paged: pass the `next` cursor back as `cursor`. Updates are JSON merge patches "
                        + "(RFC 7396) with If-Match."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Container security. The demo run accepts the demo users of the README.")
public class CrmApplication extends Application {
}
