package io.crm.rest.timeline;

import io.crm.customer.PurchaseView;
import io.crm.followup.FollowUpView;
import io.crm.interaction.InteractionView;
import io.crm.note.NoteView;
import io.crm.rest.customer.PurchaseResponse;
import io.crm.rest.followup.FollowUpResponse;
import io.crm.rest.interaction.InteractionResponse;
import io.crm.rest.note.NoteResponse;
import io.crm.timeline.TimelineItem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One item of a customer's timeline. Notes, follow-ups, purchases and interactions carry the record as their own
 * routes show it to the caller (masked the same way); the other kinds a summary.
 */
@Schema(name = "TimelineItem")
@JsonbPropertyOrder({"kind", "id", "occurredAt", "summary", "note", "followUp", "purchase", "interaction"})
public class TimelineItemResponse {

    @Schema(
            enumeration = {
                "consent-change",
                "follow-up",
                "interaction",
                "level-change",
                "merge",
                "note",
                "points-entry",
                "purchase",
                "stage-change",
                "survey-answer",
                "survey-invitation",
                "tier-change"
            })
    public final String kind;

    @Schema(description = "The id of the record in its own list (a note's id, a points entry's id, ...)")
    public final String id;

    public final Instant occurredAt;

    @Schema(description = "One line for people; a survey answer's score only for callers who see personal data")
    public final String summary;

    @Schema(description = "The note, for kind note")
    public final NoteResponse note;

    @Schema(description = "The follow-up, for kind follow-up")
    public final FollowUpResponse followUp;

    @Schema(description = "The purchase, for kind purchase")
    public final PurchaseResponse purchase;

    @Schema(description = "The interaction, for kind interaction")
    public final InteractionResponse interaction;

    TimelineItemResponse(TimelineItem item) {
        kind = item.kind().code();
        id = Long.toString(item.id());
        occurredAt = item.occurredAt();
        summary = item.summary();
        note = item.view() instanceof NoteView n ? NoteResponse.of(n) : null;
        followUp = item.view() instanceof FollowUpView f ? FollowUpResponse.of(f) : null;
        purchase = item.view() instanceof PurchaseView p ? PurchaseResponse.of(p) : null;
        interaction = item.view() instanceof InteractionView i ? InteractionResponse.of(i) : null;
    }

    static TimelineItemResponse of(TimelineItem item) {
        return new TimelineItemResponse(item);
    }

    /** One page of a timeline, for the OpenAPI document. */
    @Schema(name = "TimelinePage")
    public static class Page {
        public List<TimelineItemResponse> items;

        @Schema(nullable = true, description = "Cursor of the next page; null on the last page")
        public String next;
    }
}
