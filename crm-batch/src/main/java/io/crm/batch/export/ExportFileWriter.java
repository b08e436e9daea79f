package io.crm.batch.export;

import io.crm.batch.ModuleBeans;
import io.crm.customer.CustomerView;
import io.crm.encryption.PiiKeys;
import io.crm.export.CustomerExports;
import io.crm.export.ExportView;
import io.crm.export.SealedExportFile;
import io.crm.webhook.WebhookPayloads;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends each chunk's customers to the export's file as one sealed block, forced to disk before the chunk commits,
 * and records the file's length and rows with the export in the chunk's transaction. Opened on a restart, it cuts the
 * file back to the length of the last committed chunk, so a chunk written but not committed is written once more,
 * never twice. The JSON of a customer is the REST API's own (the web module registers it at start).
 */
public class ExportFileWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String exportId;

    private final CustomerExports exports = ModuleBeans.customerExports();

    private final WebhookPayloads representations = ModuleBeans.webhookPayloads();

    private ExportView export;
    private FileChannel file;
    private long bytes;
    private long rows;
    private java.util.ArrayList<String> customKeys;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        long id = Long.parseLong(exportId);
        export = exports.load(id);
        if (checkpoint instanceof ExportFilePosition p) {
            bytes = p.bytes();
            rows = p.rows();
            customKeys = p.customKeys() == null ? new ArrayList<>() : p.customKeys();
            file = SealedExportFile.openAt(exports.path(id, export.format()), bytes);
        } else {
            file = SealedExportFile.openAt(exports.path(id, export.format()), 0);
            customKeys = new ArrayList<>(exports.customFieldKeys());
            String header = ExportRows.header(export.format(), customKeys);
            bytes = header.isEmpty() ? 0 : SealedExportFile.append(file, PiiKeys.ring(), header);
            rows = 0;
            exports.wrote(id, rows, bytes);
        }
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        List<String> json = new ArrayList<>(items.size());
        for (Object item : items) {
            CustomerView customer = (CustomerView) item;
            json.add(representations
                    .json(customer)
                    .orElseThrow(() -> new IllegalStateException(
                            "The web module has not registered the customer's JSON yet; restart the export")));
        }
        bytes = SealedExportFile.append(file, PiiKeys.ring(), ExportRows.rows(export.format(), json, customKeys));
        rows += items.size();
        exports.wrote(export.id(), rows, bytes);
    }

    @Override
    public Serializable checkpointInfo() {
        return new ExportFilePosition(bytes, rows, customKeys);
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
