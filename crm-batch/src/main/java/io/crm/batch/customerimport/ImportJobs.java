package io.crm.batch.customerimport;

import io.crm.batch.operation.JobOperations;
import io.crm.common.InvalidInputException;
import io.crm.customer.ImportPolicy;
import io.crm.customerimport.BlankCells;
import io.crm.customerimport.CustomerImports;
import io.crm.customerimport.FailedRecord;
import io.crm.customerimport.ImportSettings;
import io.crm.customerimport.ImportView;
import io.crm.customfield.CustomFieldService;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user's imports of customers (customer:write: the rows are written as theirs): uploaded, which starts the
 * customer-import job once the file's header is understood; followed, with the state of the job's latest execution.
 */
@Stateless
public class ImportJobs {

    private static final int ERROR_PAGE = 500;

    @EJB
    CustomerImports imports;

    @EJB
    CustomFieldService customFields;

    @EJB
    JobOperations jobs;

    /** An import started: the import and the execution that takes it. */
    public record Started(long importId, long executionId) {}

    /** An import with the state of the job that takes it (STARTING, STARTED, COMPLETED, FAILED, STOPPED, …). */
    public record Status(ImportView view, String state) {}

    /**
     * Checks the parameters, streams the file to the import directory (413 over the limit), reads its layout and
     * header (400 for a column that is no field and not mapped), records and audits the import (committed before the
     * job starts, so that the job finds it), then starts the job. A refusal keeps nothing.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Started start(
            InputStream csv,
            long declaredBytes,
            String policy,
            boolean dryRun,
            String blankCells,
            String mapping,
            String charset) {
        ImportPolicy importPolicy = choice("policy", policy, ImportPolicy.SKIP);
        BlankCells blanks = choice("blankCells", blankCells, BlankCells.KEEP);
        Map<String, String> explicit = ColumnMapping.parse(mapping);
        if (charset != null && !charset.isBlank()) {
            CsvLayout.named(charset.strip());
        }
        CustomerImports.Received received = imports.receive(csv, declaredBytes);
        ImportSettings settings;
        try {
            CsvLayout layout = CsvLayout.of(received.file(), charset);
            ColumnMapping columns;
            try (ImportedCsv file = new ImportedCsv(received.file(), layout)) {
                if (file.header().isEmpty() || file.header().stream().allMatch(String::isBlank)) {
                    throw new InvalidInputException("body", "has no header row naming the columns");
                }
                columns = ColumnMapping.of(file.header(), explicit, customFields.importColumns());
                settings = new ImportSettings(
                        importPolicy,
                        dryRun,
                        blanks,
                        layout.charset().name(),
                        layout.delimiter(),
                        file.header(),
                        columns.resolved());
            }
        } catch (IOException e) {
            imports.discard(received.file());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            imports.discard(received.file());
            throw e;
        }
        long importId = imports.record(received, settings);
        long execution = jobs.startRequested(CustomerImportJob.NAME, Map.of(CustomerImportJob.IMPORT_ID, importId));
        imports.started(importId, execution);
        return new Started(importId, execution);
    }

    /** The caller's own import, its counts and its state; anyone else's is a 404. */
    @Requires(Permission.CUSTOMER_WRITE)
    public Status status(long importId) {
        ImportView view = imports.mine(importId);
        return new Status(view, jobs.latestState(view.executionId()));
    }

    /**
     * Writes the failed rows of the caller's own import as a CSV to fix and send again: UTF-8 with a byte order mark
     * (so that spreadsheet programs read it as such), the file's own delimiter, its header and a last column
     * {@code reason}, then each failed row as it was written with its reason, in line order. Anyone else's import is
     * a 404 before anything is written.
     */
    @Requires(Permission.CUSTOMER_WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void writeErrors(long importId, OutputStream out) throws IOException {
        ImportView view = imports.mine(importId);
        char delimiter = view.settings().delimiter();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        List<String> header = new ArrayList<>(view.settings().header());
        header.add(ColumnMapping.REASON);
        writer.write(ImportedCsv.text(header, delimiter));
        writer.write("\r\n");
        long after = 0;
        while (true) {
            List<FailedRecord> page = imports.failedRecords(importId, after, ERROR_PAGE);
            for (FailedRecord failed : page) {
                writer.write(failed.record());
                writer.write(delimiter);
                writer.write(ImportedCsv.text(List.of(failed.explained()), delimiter));
                writer.write("\r\n");
                after = failed.line();
            }
            if (page.size() < ERROR_PAGE) {
                break;
            }
        }
        writer.flush();
    }

    /** A choice among an enum's values, in any case; the default when left out, a 400 naming them otherwise. */
    static <E extends Enum<E>> E choice(String name, String raw, E absent) {
        if (raw == null || raw.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(absent.getDeclaringClass(), raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> values = Arrays.stream(absent.getDeclaringClass().getEnumConstants())
                    .map(Enum::name)
                    .toList();
            throw new InvalidInputException(
                    name,
                    "must be " + String.join(", ", values.subList(0, values.size() - 1)) + " or "
                            + values.get(values.size() - 1));
        }
    }
}
