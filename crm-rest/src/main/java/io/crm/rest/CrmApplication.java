package io.crm.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CRM's REST API, version 1. */
@ApplicationPath("api/v1")
@DeclareRoles({"admin", "manager", "sales", "service", "analyst", "auditor", "batch-admin"})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "CRM API",
                        version = "1",
                        description =
                                "Customer records, permission-aware access, notes and follow-ups with full-text search, "
                                        + "satisfaction surveys and jobs. Errors are application/problem+json (RFC 9457). Lists are "
                                        + "keyset-paged: pass the `next` cursor back as `cursor`. Updates are JSON merge patches "
                                        + "(RFC 7396) with If-Match."),
        security = @SecurityRequirement(name = "basic"),
        tags = {
            @Tag(
                    name = "Customers",
                    description =
                            "Customer records: create, read, merge-patch, delete, list, count; their tier and stage history"),
            @Tag(name = "Purchases", description = "Purchases under a customer, feeding its purchase aggregates"),
            @Tag(
                    name = "Sharing",
                    description = "Shares of a customer with a user or a team, beyond their record scope"),
            @Tag(name = "Notes", description = "Notes under a customer"),
            @Tag(name = "Follow-ups", description = "Follow-ups under a customer, and the caller's open ones"),
            @Tag(name = "Search", description = "Full-text search over the notes and follow-ups the caller may read"),
            @Tag(name = "Segments", description = "Saved rules over customers, evaluated for the caller"),
            @Tag(
                    name = "Imports",
                    description = "Customers from CSV files, written as the uploader would write them; the failed rows "
                            + "listed and downloadable to fix and send again"),
            @Tag(
                    name = "Exports",
                    description =
                            "Customers as CSV or NDJSON files, exactly as the caller sees them, for the caller only"),
            @Tag(
                    name = "Surveys",
                    description = "Satisfaction surveys: dispatch, invitations, answers, imports and scores"),
            @Tag(name = "Reports", description = "Customers per tier and stage, and lifecycle movement per month"),
            @Tag(name = "Jobs", description = "Batch jobs and their executions and schedules (job:operate)"),
            @Tag(name = "Audit", description = "The audit trail of writes and of reads of personal data in clear"),
            @Tag(
                    name = "Privacy",
                    description = "Data-subject rights: a person's data exported, erased, and held from erasure"),
            @Tag(
                    name = "Administration",
                    description = "Roles, grants, teams and users; the search index and health figures"),
            @Tag(
                    name = "Webhooks",
                    description = "Subscriptions of host applications to signed events, their deliveries and replays."
                            + " The body of each event type is the schema named after the type: CustomerCreatedEvent for"
                            + " customer.created, SurveyDetractorEvent for survey.detractor, and so on")
        })
@SecurityScheme(
        securitySchemeName = "basic",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "Container security. The demo run accepts the demo users of the README.")
public class CrmApplication extends Application {}
