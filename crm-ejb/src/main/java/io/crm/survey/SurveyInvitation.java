package io.crm.survey;

import io.crm.customer.ConsentChannel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An invitation of one customer to answer a survey, with its single-use token. Invitations are created in bulk by
 * the dispatch (SQL batches) and change status only through {@link InvitationTransitions}, conditionally in the
 * database: PENDING, SENT (the host app delivered it), RESPONDED, EXPIRED.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation {

    public enum Status {
        PENDING,
        SENT,
        RESPONDED,
        EXPIRED
    }

    @Id
    private long id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "dispatch_id", nullable = false)
    private long dispatchId;

    @Column(name = "execution_id", nullable = false)
    private long executionId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentChannel channel;

    @Column(nullable = false)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "responded_at")
    private OffsetDateTime respondedAt;

    protected SurveyInvitation() {}

    /** The status as of now: an unanswered invitation past its time is EXPIRED whatever is stored. */
    public Status status(OffsetDateTime now) {
        return (status == Status.PENDING || status == Status.SENT) && !now.isBefore(expiresAt)
                ? Status.EXPIRED
                : status;
    }

    public long id() {
        return id;
    }

    public long surveyId() {
        return surveyId;
    }

    public long dispatchId() {
        return dispatchId;
    }

    public long executionId() {
        return executionId;
    }

    public long customerId() {
        return customerId;
    }

    public ConsentChannel channel() {
        return channel;
    }

    public String token() {
        return token;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime respondedAt() {
        return respondedAt;
    }
}
