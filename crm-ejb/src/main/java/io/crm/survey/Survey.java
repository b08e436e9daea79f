package io.crm.survey;

import io.crm.customer.ConsentChannel;
import jakarta.persistence.Column;
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

/** A satisfaction survey: its question, scale, audience, channel and rules. */
@Entity
@Table(name = "survey")
public class Survey {

    @Id
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    private long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyType type;

    @Column(nullable = false)
    private String question;

    @Column(name = "follow_up_question")
    private String followUpQuestion;

    /** The segment it targets; null targets every customer. */
    @Column(name = "target_segment_id")
    private Long segmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentChannel channel;

    @Column(name = "fatigue_days", nullable = false)
    private int fatigueDays;

    @Column(name = "valid_days", nullable = false)
    private int validDays;

    @Column(name = "closed_loop", nullable = false)
    private boolean closedLoop;

    @Column(name = "closed_loop_threshold")
    private Integer closedLoopThreshold;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Survey() {}

    Survey(SurveyData data, String createdBy, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(data, now);
    }

    void apply(SurveyData d, OffsetDateTime now) {
        name = d.name();
        type = d.type();
        question = d.question();
        followUpQuestion = d.followUpQuestion();
        segmentId = d.segmentId();
        channel = d.channel();
        fatigueDays = d.fatigueDays();
        validDays = d.validDays();
        closedLoop = d.closedLoop();
        closedLoopThreshold = d.closedLoopThreshold();
        updatedAt = now;
    }

    public SurveyData data() {
        return new SurveyData(
                name,
                type,
                question,
                followUpQuestion,
                segmentId,
                segmentId == null,
                channel,
                fatigueDays,
                validDays,
                closedLoop,
                closedLoopThreshold);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public SurveyType type() {
        return type;
    }

    public Long segmentId() {
        return segmentId;
    }

    public ConsentChannel channel() {
        return channel;
    }

    public int fatigueDays() {
        return fatigueDays;
    }

    public int validDays() {
        return validDays;
    }

    public boolean closedLoop() {
        return closedLoop;
    }

    public Integer closedLoopThreshold() {
        return closedLoopThreshold;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
