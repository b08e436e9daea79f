package io.crm.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Locale;

/** A saved rule set over customers, with a name unique regardless of case and an owner. */
@Entity
@Table(name = "segment")
public class Segment {

    @Id
    @SequenceGenerator(name = "segment_seq", sequenceName = "segment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "segment_seq")
    private long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    private String description;

    /** The rules as JSON ({@link SegmentRules#toJson()}). */
    @Column(nullable = false)
    private String rules;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    /** Who owns the segment; null for one saved before segments had owners, which counts as admin-owned. */
    @Column(name = "owner_id")
    private String ownerId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Segment() {}

    Segment(SegmentData data, String createdBy, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.ownerId = createdBy;
        this.createdAt = now;
        apply(data, now);
    }

    void apply(SegmentData data, OffsetDateTime now) {
        name = data.name();
        nameKey = nameKey(data.name());
        description = data.description();
        rules = data.rules().toJson().toString();
        updatedAt = now;
    }

    static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String rules() {
        return rules;
    }

    public String createdBy() {
        return createdBy;
    }

    public String ownerId() {
        return ownerId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
