package io.crm.rest.search;

import io.crm.common.InvalidInputException;
import io.crm.common.PageRequest;
import io.crm.followup.FollowUpChannel;
import io.crm.followup.FollowUpStatus;
import io.crm.indexing.SearchType;
import io.crm.rest.Requests;
import io.crm.search.SearchRequest;
import io.crm.search.SearchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Full-text search over the notes and follow-ups the caller may read. */
@Path("search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @Operation(
            operationId = "searchNotesAndFollowUps",
            summary = "Search notes and follow-ups",
            description = "Chinese and English words and \"quoted phrases\", -excluded, prefix* (not leading), AND/OR "
                    + "(words without an operator must all match). Best first; total, items and highlights come only from "
                    + "records you may read. A query too long, too broad or malformed answers 400.")
    @APIResponse(
            responseCode = "200",
            description = "A page of hits",
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or too expensive query, or bad filter")
    public SearchResponse search(
            @QueryParam("q")
                    @Parameter(
                            required = true,
                            description = "The query, at most 200 characters",
                            example = "回访 refund")
                    String q,
            @QueryParam("type") @Parameter(description = "NOTE, FOLLOW_UP or both, comma-separated") String type,
            @QueryParam("customerId") String customerId,
            @QueryParam("authorId") String authorId,
            @QueryParam("channel") @Parameter(schema = @Schema(implementation = FollowUpChannel.class)) String channel,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = FollowUpStatus.class)) String status,
            @QueryParam("from")
                    @Parameter(
                            description =
                                    "Created at or after (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; outside → 400)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description =
                                    "Created before (0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z; outside → 400)",
                            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
                    String to,
            @QueryParam("limit")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "200",
                                            defaultValue = "50"))
                    String limit,
            @QueryParam("cursor") @Parameter(description = "The `next` of the previous page") String cursor) {
        PageRequest page = Requests.page(limit, cursor);
        FollowUpChannel ch = Requests.enumValue("channel", channel, FollowUpChannel.class);
        FollowUpStatus st = Requests.enumValue("status", status, FollowUpStatus.class);
        SearchRequest request = new SearchRequest(
                q,
                types(type),
                customerId == null ? null : Requests.id("customer", customerId),
                Requests.text(authorId),
                ch == null ? null : ch.name(),
                st == null ? null : st.name(),
                Requests.instant("from", from),
                Requests.instant("to", to),
                page.limit(),
                page.cursor());
        return new SearchResponse(search.search(request));
    }

    private static Set<SearchType> types(String raw) {
        Set<SearchType> types = EnumSet.noneOf(SearchType.class);
        if (raw == null || raw.isBlank()) {
            return types;
        }
        for (String part : raw.split(",", -1)) {
            SearchType type = Requests.enumValue("type", part.trim(), SearchType.class);
            if (type == null) {
                throw new InvalidInputException("type", "lists NOTE, FOLLOW_UP or both, comma-separated");
            }
            types.add(type);
        }
        return types;
    }
}
