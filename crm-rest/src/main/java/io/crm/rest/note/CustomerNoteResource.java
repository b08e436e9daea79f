package io.crm.rest.note;

import io.crm.note.NoteService;
import io.crm.note.NoteView;
import io.crm.rest.ListResponse;
import io.crm.rest.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The notes of one customer: write one, list them newest first. */
@Path("customers/{customerId}/notes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes")
public class CustomerNoteResource {

    @Inject
    NoteService notes;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createNote",
            summary = "Write a note on a customer",
            description = "Needs note:write and a customer you may see.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoteRequest.class)))
    @APIResponse(
            responseCode = "201",
            description = "Written; Location and ETag headers",
            content = @Content(schema = @Schema(ref = "Note")))
    public Response create(@PathParam("customerId") String customerId, NoteRequest body) {
        NoteView note = notes.create(Requests.id("customer", customerId), body.text());
        return Response.created(UriBuilder.fromResource(NoteResource.class)
                        .path(Long.toString(note.id()))
                        .build())
                .tag(Requests.etag(note.version()))
                .entity(NoteResponse.of(note))
                .build();
    }

    @GET
    @Operation(operationId = "listCustomerNotes", summary = "List a customer's notes, newest first")
    @APIResponse(
            responseCode = "200",
            description = "A page of notes",
            content = @Content(schema = @Schema(ref = "NotePage")))
    public ListResponse<NoteResponse> list(
            @PathParam("customerId") String customerId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        return ListResponse.of(
                notes.list(Requests.id("customer", customerId), Requests.page(limit, cursor)), NoteResponse::of);
    }
}
