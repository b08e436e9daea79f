package io.crm.batch.customerimport;

import io.crm.batch.ModuleBeans;
import io.crm.common.InvalidInputException;
import io.crm.common.Violation;
import io.crm.customerimport.CustomerImports;
import io.crm.customerimport.ImportView;
import io.crm.customerimport.RefusedLine;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first step of an import: reads the whole file once, counts its rows (for the progress), and refuses before any
 * row is taken those that cannot become a customer's JSON (more cells than columns) and those that repeat an earlier
 * row of the file. Deciding repeats from the file alone, before the rows are taken, gives the same answer however the
 * rows are chunked, stopped and restarted, and in a dry run.
 */
public class ImportRowCount extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String importId;

    private final CustomerImports imports = ModuleBeans.customerImports();

    @Override
    public String process() throws Exception {
        long id = Long.parseLong(importId);
        imports.claim(id, job.getInstanceId());
        ImportView stored = imports.load(id);
        Path file = imports.path(id);
        CsvLayout layout = ImportRowReader.layout(file, stored);
        ColumnMapping mapping = ColumnMapping.stored(
                stored.settings().header(),
                stored.settings().mapping(),
                ModuleBeans.customFields().importColumns(),
                stored.settings().blankCells());
        InFileDuplicates duplicates = new InFileDuplicates();
        List<RefusedLine> refused = new ArrayList<>();
        long rows = 0;
        try (ImportedCsv csv = new ImportedCsv(file, layout)) {
            ImportedCsv.Row row;
            while ((row = csv.next()) != null) {
                rows++;
                Optional<Violation> refusal = refusal(mapping, duplicates, row);
                if (refusal.isPresent()) {
                    refused.add(new RefusedLine(
                            row.line(), refusal.get().field(), refusal.get().message(), csv.text(row.cells())));
                }
            }
        }
        imports.counted(id, rows, refused);
        return "ROWS " + rows + ", REPEATS AND UNREADABLE " + refused.size();
    }

    static Optional<Violation> refusal(ColumnMapping mapping, InFileDuplicates duplicates, ImportedCsv.Row row) {
        JsonObject customer;
        try {
            customer = mapping.customer(row.cells());
        } catch (InvalidInputException e) {
            return Optional.of(e.violations().get(0));
        }
        return duplicates
                .check(
                        row.line(),
                        customer.get("externalId") instanceof JsonString s ? s.getString() : null,
                        strings(customer, "phones"),
                        strings(customer, "emails"))
                .map(r -> new Violation(r.field(), r.reason()));
    }

    static List<String> strings(JsonObject json, String name) {
        List<String> values = new ArrayList<>();
        if (json.get(name) instanceof JsonArray array) {
            array.forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
        }
        return values;
    }
}
