package io.crm.followup;

import io.crm.customer.CustomerRecord;
import io.crm.encryption.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A contact with a customer, made or planned. */
@Entity
@Table(name = "follow_up")
public class FollowUp implements CustomerRecord {

    @Id
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    private long id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "author_id", nullable = false)
    private String authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpChannel channel;

    /** Free text, which may name phones, emails and more of the customer: sealed like personal fields. */
    @Column(nullable = false)
    @Convert(converter = SealedText.class)
    private String content;

    @Convert(converter = SealedText.class)
    private String outcome;

    @Column(name = "next_step")
    @Convert(converter = SealedText.class)
    private String nextStep;

    @Column(name = "due_at")
    private OffsetDateTime dueAt;

    /** When {@link FollowUpsFallingDue} announced that the due time passed; cleared by a new due time. */
    @Column(name = "due_announced_at")
    private OffsetDateTime dueAnnouncedAt;

    @Column(name = "assignee_id", nullable = false)
    private String assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpStatus status;

    /** When it was marked DONE; cleared if it is planned again. */
    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected FollowUp() {}

    public FollowUp(long customerId, String authorId, FollowUpData data, OffsetDateTime now) {
        this.customerId = customerId;
        this.authorId = authorId;
        this.createdAt = now;
        apply(data, now);
    }

    void apply(FollowUpData data, OffsetDateTime now) {
        if (data.status() == FollowUpStatus.DONE && status != FollowUpStatus.DONE) {
            completedAt = now;
        } else if (data.status() != FollowUpStatus.DONE) {
            completedAt = null;
        }
        channel = data.channel();
        content = data.content();
        outcome = data.outcome();
        nextStep = data.nextStep();
        OffsetDateTime due = data.dueAt() == null ? null : io.crm.common.Times.utc(data.dueAt());
        if (!java.util.Objects.equals(due, dueAt)) {
            dueAnnouncedAt = null; // due again at the new time
        }
        dueAt = due;
        assigneeId = data.assigneeId();
        status = data.status();
        updatedAt = now;
    }

    public FollowUpData data() {
        return new FollowUpData(
                channel, content, outcome, nextStep, dueAt == null ? null : dueAt.toInstant(), assigneeId, status);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long customerId() {
        return customerId;
    }

    public String authorId() {
        return authorId;
    }

    public String assigneeId() {
        return assigneeId;
    }

    public FollowUpStatus status() {
        return status;
    }

    public OffsetDateTime completedAt() {
        return completedAt;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** Its author's and its assignee's own. */
    @Override
    public boolean belongsTo(String userId) {
        return authorId.equals(userId) || assigneeId.equals(userId);
    }
}
