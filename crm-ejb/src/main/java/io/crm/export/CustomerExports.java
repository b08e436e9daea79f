package io.crm.export;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.common.JpqlCondition;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.customer.CustomerService;
import io.crm.customer.CustomerView;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomValueStore;
import io.crm.permission.ActingCaller;
import io.crm.permission.Caller;
import io.crm.permission.CallerResolver;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import io.crm.segment.SegmentService;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customer exports: what a user asks for is recorded and audited here; the customer-export job then reads, page by
 * page and as that user, the customers the customer list would show them, masked as they see them. Only the
 * requester reads an export or its file, and only until it expires.
 */
@Stateless
public class CustomerExports {

    public static final String JOB = "customer-export";
    static final String AUDITED = "customer-export";
    /** The list name of the export's cursor: the customer list's own query, paged by the job. */
    static final String LIST = "customer-export";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CallerResolver callers;

    @Inject
    CustomerService customers;

    @Inject
    SegmentService segments;

    @Inject
    AuditTrail audit;

    /** Where export files are kept; shared by every instance of a deployment group (docs/operations.md). */
    @Inject
    @ConfigProperty(name = "crm.export.dir", defaultValue = "crm-exports")
    String directory;

    /** How long an export's file may be downloaded after it was asked for (ISO-8601, 24 hours by default). */
    @Inject
    @ConfigProperty(name = "crm.export.ttl", defaultValue = "PT24H")
    String timeToLive;

    /**
     * Records an export of the customers the caller may read that meet the criteria, and audits the request once.
     * A segment must be one whose members the caller may read (404 when there is none, 403 when its rules read
     * survey answers and the caller sees personal data masked).
     */
    @Requires(Permission.CUSTOMER_READ)
    public long request(ExportCriteria criteria, ExportFormat format) {
        Caller caller = currentCaller.get();
        if (criteria.segmentId() != null) {
            try {
                segments.membersCondition(criteria.segmentId());
            } catch (RecordNotFoundException e) {
                throw new InvalidInputException("segmentId", "is not a segment of the CRM");
            }
        }
        CustomFieldSet fields = CustomValueStore.fields(em);
        criteria.filter().custom().forEach(c -> c.toCondition(fields, "x_")); // 400 now, not a failed job later
        OffsetDateTime now = Times.now();
        CustomerExport export = new CustomerExport(caller.userId(), format, criteria, now, now.plus(ttl()));
        em.persist(export);
        em.flush();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("format", new Change(null, format.code()));
        criteria.named().forEach((name, value) -> changes.put("criteria." + name, new Change(null, value)));
        audit.recordWrite(caller.userId(), AuditAction.EXPORT, AUDITED, Long.toString(export.id()), changes);
        return export.id();
    }

    /** Records the execution that writes the export. */
    @Unguarded("called by the export's start right after the caller's checked request started the job")
    public void started(long exportId, long executionId) {
        find(exportId).started(executionId);
    }

    /** The caller's own export; anyone else's answers 404 like a missing one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public ExportView mine(long exportId) {
        return ExportView.of(own(exportId));
    }

    /** The caller's own export's file while it may be downloaded; otherwise 404, as for anyone else's. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_READ)
    public ExportFile file(long exportId) {
        CustomerExport export = own(exportId);
        if (export.fileDeletedAt() != null || !export.expiresAt().isAfter(Times.now())) {
            throw new RecordNotFoundException("export file", exportId);
        }
        return new ExportFile(
                ExportView.of(export),
                path(exportId, export.format()),
                export.bytesWritten(),
                "customers-" + exportId + "." + export.format().extension());
    }

    /** The keys of the custom fields defined now, in order: the export's custom columns. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("read by the customer-export job, which runs as the system; definitions are not personal")
    public List<String> customFieldKeys() {
        return CustomValueStore.fields(em).all().stream()
                .map(io.crm.customfield.CustomFieldDefinition::key)
                .toList();
    }

    /** What the job needs of its export. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("read by the customer-export job, which runs as the system")
    public ExportView load(long exportId) {
        return ExportView.of(find(exportId));
    }

    /**
     * Makes the job instance the one that writes the export: a second instance started for the same export (from the
     * job routes) fails instead of writing into the same file.
     */
    @Unguarded("a step of the customer-export job, which runs as the system")
    public void claim(long exportId, long jobInstance) {
        CustomerExport export = em.find(CustomerExport.class, exportId, LockModeType.PESSIMISTIC_WRITE);
        if (export == null) {
            throw new IllegalStateException("Export " + exportId + " does not exist.");
        }
        if (export.jobInstance() != null && export.jobInstance() != jobInstance) {
            throw new IllegalStateException("Export " + exportId + " is written by job instance " + export.jobInstance()
                    + "; restart that one instead.");
        }
        export.claimedBy(jobInstance);
    }

    /**
     * The next customers of the export after {@code afterId}, in id order, exactly as the requester's customer list
     * shows them now: read as the requester (their scope, shares and masking; the list's read audit records the
     * customers shown in clear under their name). A requester who may no longer read customers fails the job.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("a step of the customer-export job: the reading itself is checked for the requester")
    public List<CustomerView> next(long exportId, long afterId, int limit) {
        CustomerExport export = find(exportId);
        ExportCriteria criteria = export.criteria();
        Caller requester = callers.asLastSignedIn(export.requestedBy())
                .orElseThrow(() -> new IllegalStateException(
                        "The requester " + export.requestedBy() + " of export " + exportId + " is not known."));
        String fingerprint = Cursor.fingerprint(exportId);
        String cursor = afterId == 0 ? null : new Cursor(LIST, Long.toString(afterId), fingerprint).encode();
        try {
            return ActingCaller.as(requester, () -> {
                JpqlCondition segment =
                        criteria.segmentId() == null ? null : segments.membersCondition(criteria.segmentId());
                return customers
                        .listMatching(LIST, fingerprint, criteria.filter(), segment, new PageRequest(limit, cursor))
                        .items();
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records how far the job got, in the chunk's transaction (the same point the checkpoint records). */
    @Unguarded("a step of the customer-export job, which runs as the system")
    public void wrote(long exportId, long rows, long bytes) {
        find(exportId).wrote(rows, bytes);
    }

    /** Where the export's file is kept. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("read by the customer-export job and the cleanup, which run as the system")
    public Path path(long exportId, ExportFormat format) {
        return Path.of(directory).resolve("customer-export-" + exportId + "." + format.extension() + ".sealed");
    }

    /** Exports whose time is up and whose file is still to be deleted, oldest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("the cleanup of expired export files, which runs as the system")
    public List<ExportView> expired(int limit) {
        return em
                .createQuery(
                        "SELECT e FROM CustomerExport e WHERE e.expiresAt <= :now AND e.fileDeletedAt IS NULL"
                                + " ORDER BY e.expiresAt",
                        CustomerExport.class)
                .setParameter("now", Times.now())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ExportView::of)
                .toList();
    }

    /** Records that an expired export's file is gone. */
    @Unguarded("the cleanup of expired export files, which runs as the system")
    public void fileDeleted(long exportId) {
        find(exportId).fileDeleted(Times.now());
        audit.recordWrite(
                AuditTrail.systemActor("export-cleanup"),
                AuditAction.DELETE,
                AUDITED,
                Long.toString(exportId),
                Map.of("file", new Change("kept", "deleted")));
    }

    private Duration ttl() {
        try {
            Duration d = Duration.parse(timeToLive);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalStateException("crm.export.ttl must be positive, not " + timeToLive);
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("crm.export.ttl must be an ISO-8601 duration, not " + timeToLive, e);
        }
    }

    private CustomerExport own(long exportId) {
        CustomerExport export = em.find(CustomerExport.class, exportId);
        if (export == null || !export.requestedBy().equals(currentCaller.get().userId())) {
            throw new RecordNotFoundException("export", exportId);
        }
        return export;
    }

    private CustomerExport find(long exportId) {
        CustomerExport export = em.find(CustomerExport.class, exportId);
        if (export == null) {
            throw new IllegalStateException("Export " + exportId + " does not exist.");
        }
        return export;
    }
}
