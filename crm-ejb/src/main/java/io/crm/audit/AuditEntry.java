package io.crm.audit;

import io.crm.common.ServerInstance;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/** One line of the audit trail: an actor's write or read of personal data, as it happened; never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    /** The record's id; null for a read of several records at once. */
    @Column(name = "entity_id", updatable = false)
    private String entityId;

    /** A read of several records at once (a list page): their ids, separated by spaces; otherwise null. */
    @Column(name = "entity_ids", updatable = false)
    private String entityIds;

    /** With {@code entityIds}: the keys PostgreSQL finds the entry by ({@link IdBlocks}); otherwise null. */
    @Column(name = "entity_id_blocks", updatable = false)
    private String entityIdBlocks;

    /**
     * JSON text {"field": {"before": …, "after": …}}; null for reads. Sealed: free text (survey comments, notes)
     * is kept masked but is still the customer's words.
     */
    @Column(updatable = false)
    @Convert(converter = SealedText.class)
    private String changes;

    @Column(updatable = false)
    private String source;

    /** The server instance that wrote it; null on entries written before instances were recorded. */
    @Column(updatable = false)
    private String instance;

    protected AuditEntry() {}

    public AuditEntry(
            OffsetDateTime occurredAt,
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            String changes,
            String source) {
        this(
                occurredAt,
                actor,
                action,
                entityType,
                Objects.requireNonNull(entityId, "entityId"),
                null,
                changes,
                source);
    }

    private AuditEntry(
            OffsetDateTime occurredAt,
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            List<String> entityIds,
            String changes,
            String source) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = entityId;
        this.entityIds = entityIds == null ? null : String.join(" ", entityIds);
        this.entityIdBlocks = entityIds == null ? null : IdBlocks.column(entityIds);
        this.changes = changes;
        this.source = source;
        this.instance = ServerInstance.NAME;
    }

    /**
     * The read in clear of several records of one type at once: one entry that names them all, which costs the
     * database a row and a few bytes per record instead of a row per record.
     */
    static AuditEntry readOf(
            OffsetDateTime occurredAt, String actor, String entityType, List<String> entityIds, String source) {
        if (entityIds.size() == 1) {
            return new AuditEntry(occurredAt, actor, AuditAction.READ_PII, entityType, entityIds.get(0), null, source);
        }
        if (entityIds.isEmpty() || !entityIds.stream().allMatch(AuditEntry::isSingleWord)) {
            throw new IllegalArgumentException("ids of records read are not empty and hold no spaces: " + entityIds);
        }
        return new AuditEntry(occurredAt, actor, AuditAction.READ_PII, entityType, null, entityIds, null, source);
    }

    /** Not empty and without white space: an id that a space-separated list of ids can hold. */
    private static boolean isSingleWord(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (Character.isWhitespace(id.charAt(i))) {
                return false;
            }
        }
        return !id.isEmpty();
    }

    public long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    /** The ids of the records a read of several showed; null for an entry about one record. */
    public List<String> entityIds() {
        return entityIds == null ? null : List.of(entityIds.split(" "));
    }

    /** The column as stored: ids separated by spaces. */
    String entityIdsColumn() {
        return entityIds;
    }

    /** The keys of {@code entityIds} as stored. */
    String entityIdBlocksColumn() {
        return entityIdBlocks;
    }

    /** How many records the entry is about. */
    int records() {
        if (entityIds == null) {
            return 1;
        }
        int records = 1;
        for (int i = 0; i < entityIds.length(); i++) {
            if (entityIds.charAt(i) == ' ') {
                records++;
            }
        }
        return records;
    }

    public String changes() {
        return changes;
    }

    public String source() {
        return source;
    }

    public String instance() {
        return instance;
    }
}
