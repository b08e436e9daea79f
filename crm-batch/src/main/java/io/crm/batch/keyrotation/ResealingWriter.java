package io.crm.batch.keyrotation;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.RunningSteps;
import io.crm.encryption.KeyRotation;
import io.crm.encryption.SealedTable;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Re-seals a chunk of rows in the chunk's transaction, table by table. */
public class ResealingWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    private final KeyRotation rotation = ModuleBeans.keyRotation();

    private final RunningSteps running = ModuleBeans.runningSteps();

    @Override
    public void writeItems(List<Object> items) {
        Map<SealedTable, List<Long>> byTable = new EnumMap<>(SealedTable.class);
        for (Object item : items) {
            SealedRow row = (SealedRow) item;
            byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row.id());
        }
        byTable.forEach(rotation::reseal);
        running.wrote(job.getExecutionId(), items.size());
    }
}
