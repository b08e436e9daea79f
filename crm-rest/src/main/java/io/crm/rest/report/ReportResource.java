package io.crm.rest.report;

import io.crm.common.InvalidInputException;
import io.crm.common.TimeRanges;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import io.crm.report.ReportService;
import io.crm.report.StageMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reports over the customers the caller may see; needs report:read. */
@Path("reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
public class ReportResource {

    @Inject
    ReportService reports;

    @GET
    @Path("tiers")
    @Operation(
            operationId = "getTierReport",
            summary = "Customers per tier",
            description = "Every tier is listed, with 0 where none.")
    @APIResponse(
            responseCode = "200",
            description = "The distribution",
            content = @Content(schema = @Schema(ref = "Distribution")))
    public Distribution tiers() {
        Map<Tier, Long> counts = reports.tiers();
        return new Distribution(counts.entrySet().stream()
                .map(e -> new Count(e.getKey().name(), e.getValue()))
                .toList());
    }

    @GET
    @Path("lifecycle-stages")
    @Operation(
            operationId = "getLifecycleStageReport",
            summary = "Customers per lifecycle stage",
            description = "Every stage is listed, with 0 where none.")
    @APIResponse(
            responseCode = "200",
            description = "The distribution",
            content = @Content(schema = @Schema(ref = "Distribution")))
    public Distribution stages() {
        Map<LifecycleStage, Long> counts = reports.stages();
        return new Distribution(counts.entrySet().stream()
                .map(e -> new Count(e.getKey().name(), e.getValue()))
                .toList());
    }

    @GET
    @Path("stage-transitions")
    @Operation(
            operationId = "getStageTransitionReport",
            summary = "Lifecycle movement per month, with conversion, churn and retention rates",
            description =
                    "Calendar months in UTC, oldest first, at most 36. Rates are fractions (4 decimals), null where the base is "
                            + "empty: conversion = moves ACQUISITION → active over ACQUISITION at the start plus customers created; "
                            + "churn = moves active → CHURNED over active at the start; retention = (active at the end − customers who "
                            + "became active) over active at the start. Active is CONVERSION, LOYAL or RETENTION_RISK.")
    @APIResponse(
            responseCode = "200",
            description = "The months",
            content = @Content(schema = @Schema(ref = "StageTransitions")))
    public Months transitions(
            @QueryParam("from")
                    @Parameter(
                            description =
                                    "First month, YYYY-MM (0001-01 to 9999-12; outside → 400); default 11 months before `to`")
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description =
                                    "Last month, YYYY-MM (0001-01 to 9999-12; outside → 400); default the current month")
                    String to) {
        YearMonth last = to == null ? YearMonth.now(ZoneOffset.UTC) : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        return new Months(
                reports.stageTransitions(first, last).stream().map(Month::new).toList());
    }

    private static YearMonth month(String name, String raw) {
        try {
            return TimeRanges.month(name, YearMonth.parse(raw));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a month such as 2026-11");
        }
    }

    /** Customers per value. */
    @Schema(name = "Distribution")
    public static class Distribution {
        public final List<Count> items;
        public final long total;

        Distribution(List<Count> items) {
            this.items = items;
            this.total = items.stream().mapToLong(c -> c.customers).sum();
        }
    }

    @Schema(name = "DistributionCount")
    @JsonbPropertyOrder({"value", "customers"})
    public static class Count {
        public final String value;
        public final long customers;

        Count(String value, long customers) {
            this.value = value;
            this.customers = customers;
        }
    }

    @Schema(name = "StageTransitions")
    public static class Months {
        public final List<Month> items;

        Months(List<Month> items) {
            this.items = items;
        }
    }

    @Schema(name = "StageMonth")
    @JsonbPropertyOrder({
        "month",
        "atStart",
        "atEnd",
        "created",
        "transitions",
        "conversionRate",
        "churnRate",
        "retentionRate"
    })
    public static class Month {
        @Schema(example = "2026-10")
        public final String month;

        public final Map<LifecycleStage, Long> atStart;
        public final Map<LifecycleStage, Long> atEnd;
        public final long created;
        public final List<Move> transitions;

        @Schema(nullable = true)
        public final BigDecimal conversionRate;

        @Schema(nullable = true)
        public final BigDecimal churnRate;

        @Schema(nullable = true)
        public final BigDecimal retentionRate;

        Month(StageMonth m) {
            month = m.month().toString();
            atStart = m.atStart();
            atEnd = m.atEnd();
            created = m.created();
            transitions = m.transitions().stream()
                    .map(t -> new Move(t.from().name(), t.to().name(), t.customers()))
                    .toList();
            conversionRate = m.conversionRate();
            churnRate = m.churnRate();
            retentionRate = m.retentionRate();
        }
    }

    @Schema(name = "StageMove")
    @JsonbPropertyOrder({"from", "to", "customers"})
    public static class Move {
        public final String from;
        public final String to;
        public final long customers;

        Move(String from, String to, long customers) {
            this.from = from;
            this.to = to;
            this.customers = customers;
        }
    }
}
