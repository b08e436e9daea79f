package io.crm.rest.note;

import io.crm.note.NoteService;
import io.crm.rest.json.MultiLine;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client writes of a note. The example to copy for a new request body: its components are the writable fields,
 * their constraints are checked by the one reader and published in the OpenAPI schema, {@link ReadOnly} names the
 * fields the response shows that may not be sent.
 */
@Schema(name = "NoteRequest", description = "A note's writable field")
@ReadOnly({"id", "customerId", "authorId", "textMasked", "createdAt", "updatedAt"})
public record NoteRequest(
        @Schema(
                description = "Free text, Chinese and English; line breaks kept. "
                        + "Phone numbers and emails in it come back masked without customer:pii:read.")
        @NotBlank(message = "is required")
        @Size(max = NoteService.MAX_LENGTH, message = "must be at most {max} characters")
        @MultiLine(cleaned = true)
        String text) {

    /**
     * Declared so that the constraints stay off its parameter: the server's OpenAPI reader takes a constraint on a
     * parameter for one of a JAX-RS parameter and fails the whole document. Every request record with constraints
     * declares its canonical constructor so.
     */
    public NoteRequest(String text) {
        this.text = text;
    }
}
