package io.crm.customerimport;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ConflictException;
import io.crm.common.CrmException;
import io.crm.common.Cursor;
import io.crm.common.InvalidInputException;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.common.Upload;
import io.crm.common.Violation;
import io.crm.customer.CustomerData;
import io.crm.customer.CustomerImportItem;
import io.crm.customer.CustomerRequestReading;
import io.crm.customer.CustomerService;
import io.crm.customer.ImportedRow;
import io.crm.encryption.PiiKeys;
import io.crm.encryption.SealedFile;
import io.crm.permission.ActingCaller;
import io.crm.permission.Caller;
import io.crm.permission.CallerResolver;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.permission.Unguarded;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customer imports: an uploaded CSV is streamed to the import directory and recorded with how it is read; the
 * customer-import job takes its rows as the user who uploaded it, through {@link CustomerService#importAll}, and
 * records each row's outcome in the same transaction (so a replayed chunk takes no row twice). Only that user follows
 * an import and reads its failed rows.
 */
@Stateless
public class CustomerImports {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String JOB = "customer-import";
    static final String AUDITED = "customer-import";
    static final String ERRORS = "import-errors";
    /** What an import's file is sealed for (bound into its seal). */
    private static final String FILE_PURPOSE = "customer-import";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CallerResolver callers;

    @EJB
    CustomerService customers;

    @EJB
    CustomerRequestReading reading;

    @Inject
    AuditTrail audit;

    /** Where uploaded files are kept until their import is done; shared by every instance of a deployment group. */
    @Inject
    @ConfigProperty(name = "crm.customer-import.dir", defaultValue = "crm-imports")
    String directory;

    /** The largest CSV taken, in bytes (500 MB unless configured); a larger one answers 413 and nothing is kept. */
    @Inject
    @ConfigProperty(name = "crm.customer-import.max-bytes", defaultValue = "524288000")
    long maxBytes;

    /** An upload stored, not yet an import: the file (sealed) and the size of what was sent. */
    public record Received(Path file, long bytes) {}

    /**
     * Streams an upload to a file of its own, sealed under the personal-data key as it is written (the file holds
     * personal data until the job is done with it), not yet an import: its header is read before it is recorded.
     * Checks the caller (customer:write) before a byte is read; an upload over the limit is refused (413) and nothing
     * is kept.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Requires(Permission.CUSTOMER_WRITE)
    public Received receive(InputStream csv, long declaredBytes) {
        Path target = Path.of(directory).resolve("incoming").resolve(UUID.randomUUID() + ".csv");
        long bytes = Upload.store("body", csv, declaredBytes, maxBytes, target, CustomerImports::write);
        if (bytes == 0) {
            discard(target);
            throw new InvalidInputException("body", "is an empty file; send a header row and rows of customers");
        }
        return new Received(target, bytes);
    }

    /** A new import file (created or replaced), sealed under the current personal-data key as it is written. */
    public static OutputStream write(Path file) throws IOException {
        return SealedFile.create(file, PiiKeys.ring(), FILE_PURPOSE);
    }

    /** The clear content of an import's file, or of one received and not recorded yet. */
    public static InputStream read(Path file) throws IOException {
        return SealedFile.open(file, PiiKeys.ring(), FILE_PURPOSE);
    }

    /** Removes a received file that will not become an import (its header was refused). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Requires(Permission.CUSTOMER_WRITE)
    public void discard(Path received) {
        try {
            Files.deleteIfExists(received);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records a received file as the caller's import, moves it in place, and audits who imported what. */
    @Requires(Permission.CUSTOMER_WRITE)
    public long record(Received received, ImportSettings settings) {
        Caller caller = currentCaller.get();
        long bytes = received.bytes();
        CustomerImport stored = new CustomerImport(caller.userId(), settings, bytes, Times.now());
        em.persist(stored);
        em.flush();
        try {
            Files.move(received.file(), path(stored.id()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("policy", new Change(null, settings.policy().name()));
        changes.put("dryRun", new Change(null, Boolean.toString(settings.dryRun())));
        changes.put("charset", new Change(null, settings.charset()));
        changes.put("bytes", new Change(null, Long.toString(bytes)));
        audit.recordWrite(caller.userId(), AuditAction.CREATE, AUDITED, Long.toString(stored.id()), changes);
        return stored.id();
    }

    /** Records the execution that takes the import. */
    @Unguarded("called by the import's start right after the caller's checked request recorded it")
    public void started(long importId, long executionId) {
        find(importId).started(executionId);
    }

    /** The caller's own import with its counts; anyone else's answers 404 like a missing one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_WRITE)
    public ImportView mine(long importId) {
        return ImportView.of(own(importId), counts(importId));
    }

    /** The failed rows of the caller's own import, by line, a page at a time. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_WRITE)
    public Page<ImportRowError> errors(long importId, PageRequest page) {
        own(importId);
        String fingerprint = Cursor.fingerprint(importId);
        long after = page.cursor() == null
                ? 0
                : Cursor.decode(page.cursor(), ERRORS, fingerprint).positionAsLong();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line, field, reason FROM customer_import_row"
                        + " WHERE import_id = ? AND outcome = 'FAILED' AND line > ? ORDER BY line")
                .setParameter(1, importId)
                .setParameter(2, after)
                .setMaxResults(page.limit() + 1)
                .getResultList();
        List<ImportRowError> errors = rows.stream()
                .map(r -> new ImportRowError(((Number) r[0]).longValue(), (String) r[1], open(r[2])))
                .toList();
        return Page.of(errors, page, ERRORS, fingerprint, e -> Long.toString(e.line()));
    }

    /** The failed rows of the caller's own import after a line, as they were written, with their reasons. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.CUSTOMER_WRITE)
    public List<FailedRecord> failedRecords(long importId, long afterLine, int limit) {
        own(importId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT line, record, field, reason FROM customer_import_row"
                        + " WHERE import_id = ? AND outcome = 'FAILED' AND line > ? ORDER BY line")
                .setParameter(1, importId)
                .setParameter(2, afterLine)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new FailedRecord(
                        ((Number) r[0]).longValue(), r[1] == null ? "" : open(r[1]), (String) r[2], open(r[3])))
                .toList();
    }

    /** What the job needs of its import. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("read by the customer-import job, which runs as the system")
    public ImportView load(long importId) {
        return ImportView.of(find(importId), counts(importId));
    }

    /**
     * Makes the job instance the one that takes the import: a second instance started for it (from the job routes)
     * fails instead of taking the same rows.
     */
    @Unguarded("a step of the customer-import job, which runs as the system")
    public void claim(long importId, long jobInstance) {
        CustomerImport stored = em.find(CustomerImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            throw new IllegalStateException("Import " + importId + " does not exist.");
        }
        if (stored.jobInstance() != null && stored.jobInstance() != jobInstance) {
            throw new IllegalStateException("Import " + importId + " is taken by job instance " + stored.jobInstance()
                    + "; restart that one instead.");
        }
        stored.claimedBy(jobInstance);
    }

    /**
     * Records how many rows the file holds, and the rows refused before any is taken (repeats of an earlier row);
     * rows recorded already (a scan run again) are left as they are.
     */
    @Unguarded("a step of the customer-import job, which runs as the system")
    public void counted(long importId, long totalRows, List<RefusedLine> refused) {
        find(importId).counted(totalRows);
        Set<Long> done =
                recorded(importId, refused.stream().map(RefusedLine::line).toList());
        insertRows(
                importId,
                refused.stream()
                        .filter(r -> !done.contains(r.line()))
                        .map(r -> new RowOutcome(
                                r.line(), ImportedRow.Result.FAILED, null, r.field(), r.reason(), r.record()))
                        .toList());
    }

    /**
     * Takes rows of the import, in the chunk's transaction, as the user who uploaded it (their permissions, scope and
     * name on every write): rows recorded already (a chunk replayed after a crash) are left alone, the others go
     * through {@link CustomerService#importAll} and their outcomes are recorded with them. A requester who may no
     * longer write customers fails the job.
     */
    @Unguarded("a step of the customer-import job: each row is written as the requester, checked for them")
    public void take(long importId, List<ImportLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        CustomerImport stored = find(importId);
        ImportSettings settings = stored.settings();
        Set<Long> done = recorded(importId, lines.stream().map(ImportLine::line).toList());
        List<ImportLine> todo =
                lines.stream().filter(l -> !done.contains(l.line())).toList();
        if (todo.isEmpty()) {
            return;
        }
        Caller requester = callers.asLastSignedIn(stored.requestedBy())
                .orElseThrow(() -> new IllegalStateException(
                        "The requester " + stored.requestedBy() + " of import " + importId + " is not known."));
        Function<JsonObject, CustomerData> reader = reading.reader();
        BiFunction<CustomerData, JsonObject, CustomerData> merger = reading.merger();
        List<CustomerImportItem> items =
                todo.stream().map(l -> item(l, reader, merger)).toList();
        List<ImportedRow> outcomes;
        try {
            outcomes =
                    ActingCaller.as(requester, () -> customers.importAll(items, settings.policy(), settings.dryRun()));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<RowOutcome> rows = new ArrayList<>(todo.size());
        for (int i = 0; i < todo.size(); i++) {
            ImportLine line = todo.get(i);
            ImportedRow outcome = outcomes.get(i);
            if (outcome.refusal() == null) {
                rows.add(new RowOutcome(line.line(), outcome.result(), outcome.customerId(), null, null, null));
            } else {
                ImportRowError error = describe(line.line(), outcome.refusal());
                rows.add(new RowOutcome(
                        line.line(), ImportedRow.Result.FAILED, null, error.field(), error.reason(), line.record()));
            }
        }
        insertRows(importId, rows);
    }

    /** Removes the import's file once the job is done with it; the outcomes and failed rows stay. */
    @Unguarded("the end of the customer-import job, which runs as the system")
    public void done(long importId) {
        CustomerImport stored = find(importId);
        if (stored.fileDeletedAt() == null) {
            try {
                Files.deleteIfExists(path(importId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stored.fileDeleted(Times.now());
        }
    }

    /** Where the import's file is kept while the job needs it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Unguarded("read by the customer-import job, which runs as the system")
    public Path path(long importId) {
        return Path.of(directory).resolve("customer-import-" + importId + ".csv");
    }

    /** A refusal as a row error: the field at fault and the reason, in the words the single routes use. */
    static ImportRowError describe(long line, CrmException refusal) {
        if (refusal instanceof InvalidInputException invalid
                && !invalid.violations().isEmpty()) {
            List<Violation> violations = invalid.violations();
            String reason = violations.size() == 1
                    ? violations.get(0).message()
                    : violations.stream()
                            .map(v -> v.field() + ": " + v.message())
                            .collect(Collectors.joining("; "));
            return new ImportRowError(line, violations.get(0).field(), reason);
        }
        if (refusal instanceof ConflictException conflict) {
            Object field = conflict.extensions().get("field");
            return new ImportRowError(line, field == null ? null : field.toString(), conflict.getMessage());
        }
        if (refusal instanceof RecordNotFoundException) {
            return new ImportRowError(line, "externalId", refusal.getMessage());
        }
        return new ImportRowError(line, null, refusal.getMessage());
    }

    private static CustomerImportItem item(
            ImportLine line,
            Function<JsonObject, CustomerData> reader,
            BiFunction<CustomerData, JsonObject, CustomerData> merger) {
        JsonObject json = line.customer();
        return new CustomerImportItem(
                json.get("externalId") instanceof JsonString id ? id.getString() : null,
                strings(json, "phones"),
                strings(json, "emails"),
                () -> reader.apply(withoutNulls(json)),
                current -> merger.apply(current, json));
    }

    /** A row's fields that an empty cell clears (null) are left out of a new customer: there is nothing to clear. */
    static JsonObject withoutNulls(JsonObject json) {
        if (json.values().stream()
                .noneMatch(v -> v.getValueType() == JsonValue.ValueType.NULL || v instanceof JsonObject)) {
            return json;
        }
        JsonObjectBuilder kept = JSON.createObjectBuilder();
        json.forEach((field, value) -> {
            if (value instanceof JsonObject object) {
                kept.add(field, withoutNulls(object));
            } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                kept.add(field, value);
            }
        });
        return kept.build();
    }

    private static List<String> strings(JsonObject json, String name) {
        List<String> values = new ArrayList<>();
        if (json.get(name) instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    values.add(s.getString());
                }
            });
        }
        return values;
    }

    /** What became of a row: its outcome, and for a failed one the field, reason and the row as it was. */
    private record RowOutcome(
            long line, ImportedRow.Result outcome, Long customerId, String field, String reason, String record) {}

    /** Records the rows' outcomes in one JDBC batch, after what the persistence context holds is written. */
    private void insertRows(long importId, List<RowOutcome> rows) {
        if (rows.isEmpty()) {
            return;
        }
        em.flush();
        try (PreparedStatement insert = em.unwrap(Connection.class)
                .prepareStatement("INSERT INTO customer_import_row (import_id, line, outcome, customer_id, field,"
                        + " reason, record) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (RowOutcome row : rows) {
                insert.setLong(1, importId);
                insert.setLong(2, row.line());
                insert.setString(3, row.outcome().name());
                insert.setObject(4, row.customerId(), Types.BIGINT);
                insert.setString(5, cut(row.field(), 200));
                insert.setString(6, row.reason() == null ? null : PiiKeys.ring().seal(cut(row.reason(), 1000)));
                insert.setString(7, row.record() == null ? null : PiiKeys.ring().seal(row.record()));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("The outcomes of import " + importId + " could not be recorded", e);
        }
    }

    private static String open(Object sealed) {
        return sealed == null ? null : PiiKeys.ring().open((String) sealed);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private Set<Long> recorded(long importId, List<Long> lines) {
        if (lines.isEmpty()) {
            return Set.of();
        }
        long first = lines.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = lines.stream().mapToLong(Long::longValue).max().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Number> found = em.createNativeQuery(
                        "SELECT line FROM customer_import_row WHERE import_id = ? AND line BETWEEN ? AND ?")
                .setParameter(1, importId)
                .setParameter(2, first)
                .setParameter(3, last)
                .getResultList();
        Set<Long> done = new HashSet<>();
        found.forEach(n -> done.add(n.longValue()));
        return done;
    }

    private ImportView.Counts counts(long importId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT outcome, COUNT(*) FROM customer_import_row WHERE import_id = ? GROUP BY outcome")
                .setParameter(1, importId)
                .getResultList();
        Map<String, Long> by = new LinkedHashMap<>();
        rows.forEach(r -> by.put((String) r[0], ((Number) r[1]).longValue()));
        long created = by.getOrDefault("CREATED", 0L);
        long updated = by.getOrDefault("UPDATED", 0L);
        long skipped = by.getOrDefault("SKIPPED", 0L);
        long failed = by.getOrDefault("FAILED", 0L);
        return new ImportView.Counts(created + updated + skipped + failed, created, updated, skipped, failed);
    }

    private CustomerImport own(long importId) {
        CustomerImport stored = em.find(CustomerImport.class, importId);
        if (stored == null || !stored.requestedBy().equals(currentCaller.get().userId())) {
            throw new RecordNotFoundException("import", importId);
        }
        return stored;
    }

    private CustomerImport find(long importId) {
        CustomerImport stored = em.find(CustomerImport.class, importId);
        if (stored == null) {
            throw new IllegalStateException("Import " + importId + " does not exist.");
        }
        return stored;
    }
}
