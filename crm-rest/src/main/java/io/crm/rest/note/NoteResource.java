package io.crm.rest.note;

import io.crm.note.NoteService;
import io.crm.note.NoteView;
import io.crm.rest.Requests;
import io.crm.rest.customer.CustomerResource;
import io.crm.rest.json.MergePatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One note by id: read, change, delete. */
@Path("notes")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes")
public class NoteResource {

    @Inject
    NoteService notes;

    @GET
    @Path("{id}")
    @Operation(
            operationId = "getNote",
            summary = "Read a note",
            description = "A note on a customer you may not see answers 404, like a missing one.")
    @APIResponse(
            responseCode = "200",
            description = "The note, with its ETag",
            content = @Content(schema = @Schema(ref = "Note")))
    @APIResponse(responseCode = "404", description = "No such note, or not yours to see")
    public Response get(@PathParam("id") String id) {
        NoteView note = notes.get(Requests.id("note", id));
        return Response.ok(NoteResponse.of(note))
                .tag(Requests.etag(note.version()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(CustomerResource.MERGE_PATCH)
    @Operation(
            operationId = "updateNote",
            summary = "Change a note's text (JSON merge patch)",
            description = "Its author, or whoever may write the customer. If-Match must carry the ETag you read.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = CustomerResource.MERGE_PATCH,
                            schema = @Schema(implementation = NoteRequest.class)))
    @APIResponse(
            responseCode = "200",
            description = "The changed note, with its new ETag",
            content = @Content(schema = @Schema(ref = "Note")))
    @APIResponse(responseCode = "412", description = "The note changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response patch(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonObject patch) {
        long noteId = Requests.id("note", id);
        Long version = Requests.ifMatch(ifMatch, true);
        MergePatch<NoteRequest> change = MergePatch.of(patch, NoteRequest.class);
        NoteView note = notes.update(
                noteId,
                version,
                current -> change.applyTo(new NoteRequest(current)).text());
        return Response.ok(NoteResponse.of(note))
                .tag(Requests.etag(note.version()))
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "deleteNote",
            summary = "Delete a note",
            description = "With If-Match, only if it is still that version. It leaves search at once.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        notes.delete(Requests.id("note", id), Requests.ifMatch(ifMatch, false));
        return Response.noContent().build();
    }
}
