package io.crm.batch.export;

import io.crm.batch.operation.JobOperations;
import io.crm.common.ConflictException;
import io.crm.export.CustomerExports;
import io.crm.export.ExportCriteria;
import io.crm.export.ExportFile;
import io.crm.export.ExportFormat;
import io.crm.export.ExportView;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Map;

/**
 * A user's exports of customers (customer:read: an export holds only what its requester may read): asked for, which
 * starts the customer-export job; followed, with the state of the job's latest execution; downloaded once complete.
 */
@Stateless
public class ExportJobs {

    @EJB
    CustomerExports exports;

    @EJB
    JobOperations jobs;

    /** An export asked for: the export and the execution that writes it. */
    public record Started(long exportId, long executionId) {}

    /** An export with the state of the job that writes it (STARTING, STARTED, COMPLETED, FAILED, STOPPED, …). */
    public record Status(ExportView export, String state) {}

    /**
     * Records and audits the export (committed before the job starts, so that the job finds it), then starts the job.
     * Bad criteria or a segment the caller may not read start nothing.
     */
    @Requires(Permission.CUSTOMER_READ)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Started start(ExportCriteria criteria, ExportFormat format) {
        long exportId = exports.request(criteria, format);
        long execution = jobs.startRequested(CustomerExportJob.NAME, Map.of(CustomerExportJob.EXPORT_ID, exportId));
        exports.started(exportId, execution);
        return new Started(exportId, execution);
    }

    /** The caller's own export and its state; anyone else's is a 404. */
    @Requires(Permission.CUSTOMER_READ)
    public Status status(long exportId) {
        ExportView export = exports.mine(exportId);
        return new Status(export, jobs.latestState(export.executionId()));
    }

    /** The caller's own export's file once the job completed it, until it expires; 409 before, 404 after. */
    @Requires(Permission.CUSTOMER_READ)
    public ExportFile file(long exportId) {
        ExportFile file = exports.file(exportId);
        String state = jobs.latestState(file.export().executionId());
        if (!state.equals("COMPLETED")) {
            throw new ConflictException(
                    "Export " + exportId + " is " + state + "; its file can be downloaded once it is COMPLETED.",
                    Map.of("state", state));
        }
        return file;
    }
}
