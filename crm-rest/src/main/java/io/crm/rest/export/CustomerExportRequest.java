package io.crm.rest.export;

import io.crm.common.InvalidInputException;
import io.crm.common.TimeRanges;
import io.crm.customer.CustomerFilter;
import io.crm.customer.LifecycleStage;
import io.crm.customer.Tier;
import io.crm.customfield.CustomCriterion;
import io.crm.export.ExportCriteria;
import io.crm.export.ExportFormat;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which customers to export and in which form: the customer list's filters (GET /customers), a segment, or both. */
@Schema(
        name = "CustomerExportRequest",
        description = "The filters of GET /customers, and optionally a segment whose customers to take (both apply "
                + "together), and the file's format")
public record CustomerExportRequest(
        @Schema(
                required = true,
                enumeration = {"csv", "ndjson"})
        @NotNull(message = "is required")
        @Pattern(regexp = "csv|ndjson", message = "must be csv or ndjson")
        String format,

        Tier tier,

        LifecycleStage lifecycleStage,

        @Size(max = MAX, message = "must be at most {max} characters")
        String ownerId,

        @Size(max = MAX, message = "must be at most {max} characters")
        String teamId,

        @Size(max = MAX, message = "must be at most {max} characters")
        String tag,

        @Size(max = MAX, message = "must be at most {max} characters")
        String interest,

        @Size(max = MAX, message = "must be at most {max} characters")
        String region,

        @Size(max = MAX, message = "must be at most {max} characters")
        String city,

        @Schema(description = "Prefix of the name, case-insensitive")
        @Size(max = MAX, message = "must be at most {max} characters")
        String q,

        @Schema(description = "Changed at or after this time")
        Instant updatedSince,

        @Schema(description = "The customer with this externalId")
        @Size(max = MAX, message = "must be at most {max} characters")
        String externalId,

        @Schema(description = "A segment (GET /segments) whose customers to export")
        @Pattern(regexp = "[1-9][0-9]{0,17}", message = "must be a segment id")
        String segmentId,

        @Schema(
                type = SchemaType.OBJECT,
                description = "Filters on custom fields, as the list takes them without the custom. prefix: "
                        + "{\"shoe_size.gte\": \"40\", \"colour\": \"red,blue\"}")
        JsonObject custom) {

    static final int MAX = 200;

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public CustomerExportRequest(
            String format,
            Tier tier,
            LifecycleStage lifecycleStage,
            String ownerId,
            String teamId,
            String tag,
            String interest,
            String region,
            String city,
            String q,
            Instant updatedSince,
            String externalId,
            String segmentId,
            JsonObject custom) {
        this.format = format;
        this.tier = tier;
        this.lifecycleStage = lifecycleStage;
        this.ownerId = ownerId;
        this.teamId = teamId;
        this.tag = tag;
        this.interest = interest;
        this.region = region;
        this.city = city;
        this.q = q;
        this.updatedSince = updatedSince;
        this.externalId = externalId;
        this.segmentId = segmentId;
        this.custom = custom;
    }

    ExportFormat exportFormat() {
        return ExportFormat.of(format);
    }

    ExportCriteria criteria() {
        return new ExportCriteria(
                new CustomerFilter(
                        tier,
                        lifecycleStage,
                        empty(ownerId),
                        empty(teamId),
                        empty(tag),
                        empty(interest),
                        empty(region),
                        empty(city),
                        empty(q),
                        updatedSince == null ? null : TimeRanges.filter("updatedSince", updatedSince),
                        empty(externalId),
                        CustomCriterion.parse(customFilters())),
                segmentId == null ? null : Long.valueOf(segmentId));
    }

    /** The custom filters as the list's query string names them; a value that is not a text: 400. */
    private Map<String, List<String>> customFilters() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        if (custom != null) {
            custom.forEach((name, value) -> {
                if (!(value instanceof JsonString text)) {
                    throw new InvalidInputException("custom." + name, "must be a string");
                }
                filters.put(CustomCriterion.PREFIX + name, List.of(text.getString()));
            });
        }
        return filters;
    }

    /** An empty filter means "any", as an empty query parameter does for the list. */
    private static String empty(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
