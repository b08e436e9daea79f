package io.crm.batch.keyrotation;

import io.crm.batch.ModuleBeans;
import io.crm.batch.operation.ItemTotal;
import io.crm.batch.operation.RunningSteps;
import io.crm.encryption.KeyRotation;
import io.crm.encryption.SealedTable;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.logging.Logger;

/**
 * Reads the rows of every table with sealed columns in id order, one table after another. Rows written after the
 * reader passed them are sealed under the current key already, by the CRM itself.
 */
public class SealedRowReader extends AbstractItemReader {

    private static final int PAGE = 1000;
    private static final Logger LOG = Logger.getLogger(SealedRowReader.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    private final KeyRotation rotation = ModuleBeans.keyRotation();

    private final RunningSteps running = ModuleBeans.runningSteps();

    private final Deque<Long> buffer = new ArrayDeque<>();
    private SealedTable table = SealedTable.values()[0];
    private long lastId = Long.MIN_VALUE;

    @Override
    public void open(Serializable checkpoint) {
        if (checkpoint instanceof RotationCheckpoint c) {
            table = c.table();
            lastId = c.lastId();
        }
        String key = rotation.currentKey();
        LOG.info(() -> "pii-key-rotation execution " + job.getExecutionId() + " re-seals under key " + key + " from "
                + table.table() + " after id " + lastId);
        long remaining = rotation.countAfter(table, lastId)
                + Arrays.stream(SealedTable.values())
                        .filter(t -> t.ordinal() > table.ordinal())
                        .mapToLong(t -> rotation.countAfter(t, Long.MIN_VALUE))
                        .sum();
        step.setPersistentUserData(new ItemTotal(remaining));
        running.started(job.getExecutionId(), remaining);
    }

    @Override
    public void close() {
        running.ended(job.getExecutionId());
    }

    @Override
    public Object readItem() {
        while (buffer.isEmpty()) {
            buffer.addAll(rotation.ids(table, lastId, PAGE));
            if (buffer.isEmpty()) {
                if (table.ordinal() == SealedTable.values().length - 1) {
                    return null;
                }
                table = SealedTable.values()[table.ordinal() + 1];
                lastId = Long.MIN_VALUE;
            }
        }
        lastId = buffer.poll();
        return new SealedRow(table, lastId);
    }

    @Override
    public Serializable checkpointInfo() {
        return new RotationCheckpoint(table, lastId);
    }
}
