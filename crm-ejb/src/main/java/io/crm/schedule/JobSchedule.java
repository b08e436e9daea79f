package io.crm.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A job run on a cron schedule, with the outcome of its last fire. */
@Entity
@Table(name = "job_schedule")
public class JobSchedule {

    /** What the last fire did. */
    public enum Outcome {
        STARTED,
        SKIPPED_OVERLAP,
        FAILED_TO_START
    }

    @Id
    @SequenceGenerator(name = "job_schedule_seq", sequenceName = "job_schedule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_schedule_seq")
    private long id;

    @Version
    private long version;

    @Column(name = "job_name", nullable = false)
    private String jobName;

    @Column(nullable = false)
    private String cron;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** The job parameters as a JSON object. */
    @Column(nullable = false)
    private String parameters;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "next_fire_at")
    private OffsetDateTime nextFireAt;

    @Column(name = "last_fire_at")
    private OffsetDateTime lastFireAt;

    @Column(name = "last_execution_id")
    private Long lastExecutionId;

    @Column(name = "last_outcome")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Outcome lastOutcome;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected JobSchedule() {}

    public JobSchedule(String jobName, String createdBy, OffsetDateTime now) {
        this.jobName = jobName;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Sets what an operator may change; the next fire time follows from the cron and time zone. */
    public void define(
            String cron,
            String timeZone,
            String parameters,
            boolean enabled,
            OffsetDateTime nextFireAt,
            OffsetDateTime now) {
        this.cron = cron;
        this.timeZone = timeZone;
        this.parameters = parameters;
        this.enabled = enabled;
        this.nextFireAt = enabled ? nextFireAt : null;
        this.updatedAt = now;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String jobName() {
        return jobName;
    }

    public String cron() {
        return cron;
    }

    public String timeZone() {
        return timeZone;
    }

    public String parameters() {
        return parameters;
    }

    public boolean enabled() {
        return enabled;
    }

    public OffsetDateTime nextFireAt() {
        return nextFireAt;
    }

    public OffsetDateTime lastFireAt() {
        return lastFireAt;
    }

    public Long lastExecutionId() {
        return lastExecutionId;
    }

    public Outcome lastOutcome() {
        return lastOutcome;
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
