package io.crm.export;

import io.crm.common.Timers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes the files of exports whose time is up ({@code crm.export.ttl}), a few minutes after it, on every instance
 * (each deletes what it finds; the export directory is shared in a deployment group). Downloads are refused from the
 * moment an export expires, whether or not its file is gone yet.
 *
 * <p>Created at deployment with a timer of its own, as {@code ReadAuditBuffer}: an automatic timer could fire while
 * the application is being redeployed.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExportFileCleanup {

    static final Duration TICK = Duration.ofMinutes(5);
    private static final int BATCH = 100;
    private static final Logger LOG = Logger.getLogger(ExportFileCleanup.class.getName());

    @EJB
    CustomerExports exports;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(
                Duration.ofMinutes(1).toMillis(), TICK.toMillis(), new TimerConfig("export-cleanup", false));
    }

    @PreDestroy
    void stop() {
        Timers.cancelAll(timers);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        List<ExportView> due;
        do {
            due = exports.expired(BATCH);
            for (ExportView export : due) {
                try {
                    Files.deleteIfExists(exports.path(export.id(), export.format()));
                    exports.fileDeleted(export.id());
                } catch (IOException | RuntimeException e) {
                    LOG.log(
                            Level.WARNING,
                            "The file of export " + export.id() + " could not be deleted; tried again later",
                            e);
                    return;
                }
            }
        } while (due.size() == BATCH);
    }
}
