package io.crm.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A customer shared explicitly with one user or one team, beyond their record scope. */
@Entity
@Table(name = "customer_share")
public class CustomerShare {

    /** What a share allows. */
    public enum Access {
        READ,
        WRITE
    }

    @Id
    @SequenceGenerator(name = "customer_share_seq", sequenceName = "customer_share_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_share_seq")
    private long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "team_id")
    private String teamId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Access access;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected CustomerShare() {}

    CustomerShare(long customerId, String userId, String teamId, Access access, String createdBy, OffsetDateTime now) {
        this.customerId = customerId;
        this.userId = userId;
        this.teamId = teamId;
        this.access = access;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long customerId() {
        return customerId;
    }

    public String userId() {
        return userId;
    }

    public String teamId() {
        return teamId;
    }

    public Access access() {
        return access;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
