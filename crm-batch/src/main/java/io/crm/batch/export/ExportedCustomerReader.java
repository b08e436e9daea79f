package io.crm.batch.export;

import io.crm.batch.ModuleBeans;
import io.crm.customer.CustomerView;
import io.crm.export.CustomerExports;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the export's customers in id order, a page of the requester's customer list at a time, from after the last
 * customer written (the checkpoint on a restart).
 */
public class ExportedCustomerReader extends AbstractItemReader {

    /** The customer list's largest page. */
    private static final int PAGE = 200;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String exportId;

    private final CustomerExports exports = ModuleBeans.customerExports();

    private final Deque<CustomerView> buffer = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        exports.claim(Long.parseLong(exportId), job.getInstanceId());
        lastId = checkpoint instanceof Long last ? last : 0;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            buffer.addAll(exports.next(Long.parseLong(exportId), lastId, PAGE));
            exhausted = buffer.size() < PAGE;
        }
        CustomerView next = buffer.poll();
        if (next != null) {
            lastId = next.id();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
