package io.crm.batch.customerimport;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.ItemTotal;
import io.crm.batch.operation.RunningSteps;
import io.crm.customerimport.CustomerImports;
import io.crm.customerimport.ImportView;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Reads the import's rows in file order, from after the last row of the last committed chunk on a restart (the
 * checkpoint: how many rows were read).
 */
public class ImportRowReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String importId;

    private final CustomerImports imports = ModuleBeans.customerImports();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private ImportedCsv csv;
    private long read;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long id = Long.parseLong(importId);
        imports.claim(id, job.getInstanceId());
        ImportView stored = imports.load(id);
        Path file = imports.path(id);
        csv = new ImportedCsv(file, layout(file, stored));
        long done = checkpoint instanceof Long n ? n : 0;
        for (read = 0; read < done && csv.next() != null; ) {
            read++;
        }
        long remaining = Math.max(0, (stored.totalRows() == null ? 0 : stored.totalRows()) - read);
        step.setPersistentUserData(new ItemTotal(remaining));
        running.started(job.getExecutionId(), remaining);
    }

    /** The layout the import was recorded with (its charset and delimiter), and the file's byte order mark. */
    static CsvLayout layout(Path file, ImportView stored) {
        CsvLayout found = CsvLayout.of(file, stored.settings().charset());
        return new CsvLayout(found.charset(), stored.settings().delimiter(), found.bomBytes());
    }

    @Override
    public Object readItem() {
        ImportedCsv.Row row = csv.next();
        if (row != null) {
            read++;
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return read;
    }

    @Override
    public void close() throws IOException {
        running.ended(job.getExecutionId());
        if (csv != null) {
            csv.close();
        }
    }
}
