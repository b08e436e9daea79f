package io.crm.survey;

import io.crm.customer.ConsentChannel;
import java.time.Instant;
import java.time.OffsetDateTime;

/** An invitation as the host app reads it for delivery. */
public record InvitationView(
        long id,
        long surveyId,
        long dispatchId,
        long executionId,
        long customerId,
        ConsentChannel channel,
        String token,
        SurveyInvitation.Status status,
        Instant createdAt,
        Instant expiresAt,
        Instant sentAt,
        Instant respondedAt) {

    static InvitationView of(SurveyInvitation i, OffsetDateTime now) {
        return new InvitationView(
                i.id(),
                i.surveyId(),
                i.dispatchId(),
                i.executionId(),
                i.customerId(),
                i.channel(),
                i.token(),
                i.status(now),
                i.createdAt().toInstant(),
                i.expiresAt().toInstant(),
                i.sentAt() == null ? null : i.sentAt().toInstant(),
                i.respondedAt() == null ? null : i.respondedAt().toInstant());
    }
}
