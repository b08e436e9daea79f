package io.crm.rest.followup;

import io.crm.followup.FollowUpChannel;
import io.crm.followup.FollowUpData;
import io.crm.followup.FollowUpStatus;
import io.crm.rest.json.MultiLine;
import io.crm.rest.json.ReadOnly;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes of a follow-up; the service fills in the assignee and status left out and checks the due time. */
@Schema(name = "FollowUpRequest", description = "A follow-up's writable fields")
@ReadOnly({"id", "customerId", "authorId", "overdue", "completedAt", "textMasked", "createdAt", "updatedAt"})
public record FollowUpRequest(
        @NotNull(message = "is required") FollowUpChannel channel,

        @Schema(description = "What was said or is to be said; Chinese and English")
        @NotBlank(message = "is required")
        @Size(max = FollowUpData.MAX_CONTENT, message = "must be at most {max} characters")
        @MultiLine(cleaned = true)
        String content,

        @Size(max = FollowUpData.MAX_DETAIL, message = "must be at most {max} characters") @MultiLine(cleaned = true)
        String outcome,

        @Size(max = FollowUpData.MAX_DETAIL, message = "must be at most {max} characters") @MultiLine(cleaned = true)
        String nextStep,

        @Schema(
                description =
                        "When it is due (ISO-8601 UTC), from 1970-01-01T00:00:00Z to 100 years from now; outside → 400")
        Instant dueAt,

        @Schema(description = "Who is to do it; defaults to you. Another user must be known to the CRM.")
        String assigneeId,

        @Schema(description = "Defaults to PLANNED") FollowUpStatus status) {

    /** Declared so that the constraints stay off its parameters (see {@link io.crm.rest.note.NoteRequest}). */
    public FollowUpRequest(
            FollowUpChannel channel,
            String content,
            String outcome,
            String nextStep,
            Instant dueAt,
            String assigneeId,
            FollowUpStatus status) {
        this.channel = channel;
        this.content = content;
        this.outcome = outcome;
        this.nextStep = nextStep;
        this.dueAt = dueAt;
        this.assigneeId = assigneeId;
        this.status = status;
    }

    static FollowUpRequest of(FollowUpData d) {
        return new FollowUpRequest(
                d.channel(), d.content(), d.outcome(), d.nextStep(), d.dueAt(), d.assigneeId(), d.status());
    }

    FollowUpData data() {
        return new FollowUpData(channel, content, outcome, nextStep, dueAt, assigneeId, status);
    }
}
