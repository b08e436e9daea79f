package io.crm.batch.customerimport;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.RunningSteps;
import io.crm.common.InvalidInputException;
import io.crm.customerimport.CustomerImports;
import io.crm.customerimport.ImportLine;
import io.crm.customerimport.ImportView;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the rows of a chunk, in the chunk's transaction: each as the JSON body of a customer, handed to the import's
 * service, which writes them as the user who uploaded the file and records each row's outcome with its line.
 */
public class ImportRowWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String importId;

    private final CustomerImports imports = ModuleBeans.customerImports();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private ColumnMapping mapping;
    private char delimiter;

    @Override
    public void open(Serializable checkpoint) {
        ImportView stored = imports.load(Long.parseLong(importId));
        mapping = ColumnMapping.stored(
                stored.settings().header(),
                stored.settings().mapping(),
                ModuleBeans.customFields().importColumns(),
                stored.settings().blankCells());
        delimiter = stored.settings().delimiter();
    }

    @Override
    public void writeItems(List<Object> items) {
        List<ImportLine> lines = new ArrayList<>(items.size());
        for (Object item : items) {
            ImportedCsv.Row row = (ImportedCsv.Row) item;
            try {
                lines.add(new ImportLine(
                        row.line(), mapping.customer(row.cells()), ImportedCsv.text(row.cells(), delimiter)));
            } catch (InvalidInputException unreadable) {
                // refused and recorded by the count step already
            }
        }
        imports.take(Long.parseLong(importId), lines);
        running.wrote(job.getExecutionId(), items.size());
    }
}
