package io.crm.rest.note;

import io.crm.note.NoteView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A note as the API shows it; what clients write is {@link NoteRequest}. */
@Schema(name = "Note")
@JsonbPropertyOrder({"id", "customerId", "authorId", "text", "textMasked", "createdAt", "updatedAt"})
public class NoteResponse {

    @Schema(readOnly = true)
    public final String id;

    @Schema(readOnly = true)
    public final String customerId;

    @Schema(readOnly = true, description = "The user who wrote it")
    public final String authorId;

    @Schema(
            required = true,
            description = "As written (NoteRequest); phone numbers and emails in it masked without customer:pii:read")
    public final String text;

    @Schema(readOnly = true, description = "True when phone numbers or emails in the text were masked for you")
    public final boolean textMasked;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(readOnly = true)
    public final Instant updatedAt;

    NoteResponse(NoteView n) {
        id = Long.toString(n.id());
        customerId = Long.toString(n.customerId());
        authorId = n.authorId();
        text = n.text();
        textMasked = n.textMasked();
        createdAt = n.createdAt();
        updatedAt = n.updatedAt();
    }

    public static NoteResponse of(NoteView n) {
        return new NoteResponse(n);
    }

    /** One page of notes, for the OpenAPI document. */
    @Schema(name = "NotePage")
    public static class Page {
        public List<NoteResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
