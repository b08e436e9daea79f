package io.crm.rest.followup;

import io.crm.followup.FollowUpChannel;
import io.crm.followup.FollowUpStatus;
import io.crm.followup.FollowUpView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A follow-up as the API shows it; what clients write is {@link FollowUpRequest}. */
@Schema(name = "FollowUp")
@JsonbPropertyOrder({
    "id",
    "customerId",
    "authorId",
    "channel",
    "content",
    "outcome",
    "nextStep",
    "dueAt",
    "assigneeId",
    "status",
    "overdue",
    "completedAt",
    "textMasked",
    "createdAt",
    "updatedAt"
})
public class FollowUpResponse {

    @Schema(readOnly = true)
    public final String id;

    @Schema(readOnly = true)
    public final String customerId;

    @Schema(readOnly = true, description = "The user who recorded it")
    public final String authorId;

    @Schema(required = true)
    public final FollowUpChannel channel;

    @Schema(required = true, description = "What was said or is to be said; Chinese and English")
    public final String content;

    public final String outcome;
    public final String nextStep;

    @Schema(
            description =
                    "When it is due (ISO-8601 UTC), from 1970-01-01T00:00:00Z to 100 years from now; outside → 400")
    public final Instant dueAt;

    @Schema(description = "Who is to do it; defaults to you. Another user must be known to the CRM.")
    public final String assigneeId;

    @Schema(description = "Defaults to PLANNED")
    public final FollowUpStatus status;

    @Schema(readOnly = true, description = "PLANNED and past dueAt")
    public final boolean overdue;

    @Schema(readOnly = true, description = "When it was marked DONE")
    public final Instant completedAt;

    @Schema(readOnly = true, description = "True when phone numbers or emails in the texts were masked for you")
    public final boolean textMasked;

    @Schema(readOnly = true)
    public final Instant createdAt;

    @Schema(readOnly = true)
    public final Instant updatedAt;

    FollowUpResponse(FollowUpView f) {
        id = Long.toString(f.id());
        customerId = Long.toString(f.customerId());
        authorId = f.authorId();
        channel = f.channel();
        content = f.content();
        outcome = f.outcome();
        nextStep = f.nextStep();
        dueAt = f.dueAt();
        assigneeId = f.assigneeId();
        status = f.status();
        overdue = f.overdue();
        completedAt = f.completedAt();
        textMasked = f.textMasked();
        createdAt = f.createdAt();
        updatedAt = f.updatedAt();
    }

    public static FollowUpResponse of(FollowUpView f) {
        return new FollowUpResponse(f);
    }

    /** One page of follow-ups, for the OpenAPI document. */
    @Schema(name = "FollowUpPage")
    public static class Page {
        public List<FollowUpResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
