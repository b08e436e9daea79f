package io.crm.note;

import io.crm.customer.CustomerRecord;
import io.crm.encryption.SealedText;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A note on a customer. */
@Entity
@Table(name = "note")
public class Note implements CustomerRecord {

    @Id
    @SequenceGenerator(name = "note_seq", sequenceName = "note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "note_seq")
    private long id;

    @Version
    private long version;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "author_id", nullable = false)
    private String authorId;

    /** Free text, which may name phones, emails and more of the customer: sealed like personal fields. */
    @Column(nullable = false)
    @Convert(converter = SealedText.class)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    protected Note() {}

    public Note(long customerId, String authorId, String text, OffsetDateTime now) {
        this.customerId = customerId;
        this.authorId = authorId;
        this.text = text;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void rewrite(String text, OffsetDateTime now) {
        this.text = text;
        this.updatedAt = now;
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

    public String text() {
        return text;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** Its author's own. */
    @Override
    public boolean belongsTo(String userId) {
        return authorId.equals(userId);
    }
}
