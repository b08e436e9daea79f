package io.crm.followup;

import io.crm.permission.PiiMasker;
import java.time.Instant;

/**
 * A follow-up as one caller may see it: phone numbers and emails in its texts masked when the caller lacks
 * customer:pii:read ({@code textMasked} tells), and {@code overdue} derived at the time of reading.
 */
public record FollowUpView(
        long id,
        long version,
        long customerId,
        String authorId,
        FollowUpChannel channel,
        String content,
        String outcome,
        String nextStep,
        Instant dueAt,
        String assigneeId,
        FollowUpStatus status,
        boolean overdue,
        Instant completedAt,
        boolean textMasked,
        Instant createdAt,
        Instant updatedAt) {

    public static FollowUpView of(FollowUp followUp, boolean clear, Instant now) {
        FollowUpData d = followUp.data();
        String content = clear ? d.content() : PiiMasker.inText(d.content());
        String outcome = clear ? d.outcome() : PiiMasker.inText(d.outcome());
        String nextStep = clear ? d.nextStep() : PiiMasker.inText(d.nextStep());
        boolean masked = !clear && PiiMasker.hasPersonalData(d.searchableText());
        return new FollowUpView(
                followUp.id(),
                followUp.version(),
                followUp.customerId(),
                followUp.authorId(),
                d.channel(),
                content,
                outcome,
                nextStep,
                d.dueAt(),
                d.assigneeId(),
                d.status(),
                isOverdue(d, now),
                followUp.completedAt() == null ? null : followUp.completedAt().toInstant(),
                masked,
                followUp.createdAt().toInstant(),
                followUp.updatedAt().toInstant());
    }

    /** Planned, with a due time that has passed. */
    static boolean isOverdue(FollowUpData data, Instant now) {
        return data.status() == FollowUpStatus.PLANNED
                && data.dueAt() != null
                && data.dueAt().isBefore(now);
    }
}
