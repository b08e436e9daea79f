package io.crm.batch.operation;

import io.crm.common.ServerInstance;
import io.crm.common.Timers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fails, in the batch job repository, the executions whose server was killed, so that the normal restart route
 * resumes them from their last checkpoint. The repository records no instance for an execution (only the config
 * name), so every execution notes in {@code job_run} the instance and process that run it, from its start to its
 * end. An instance fails the executions its previous process left behind when it starts; in a deployment group,
 * another instance fails those of an instance not seen for {@code crm.jobs.take-over-after} (each instance says it
 * is alive every {@link #HEARTBEAT}). Needs a job repository shared by the instances that take over.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExecutionRecovery {

    static final Duration HEARTBEAT = Duration.ofSeconds(30);
    static final String EXIT_STATUS =
            FailureReason.PREFIX + "its server stopped while it ran (instance %s); restart it";
    private static final Logger LOG = Logger.getLogger(ExecutionRecovery.class.getName());
    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";
    /** This server process: an instance restarted is another process under the same name. */
    static final String PROCESS = ProcessHandle.current().pid() + "@"
            + ManagementFactory.getRuntimeMXBean().getStartTime();

    @Inject
    DataSource crm;

    @Inject
    JobRepository repository;

    @Inject
    @ConfigProperty(name = "crm.jobs.take-over-after", defaultValue = "PT2M")
    Duration takeOverAfter;

    @EJB
    JobMetrics metrics;

    @Resource
    TimerService timers;

    private final String instance = ServerInstance.NAME;
    private boolean repositoryOpened;

    /** The first tick comes once the deployment is up (the schema migrated), then every {@link #HEARTBEAT}. */
    @PostConstruct
    void start() {
        timers.createIntervalTimer(1000, HEARTBEAT.toMillis(), new TimerConfig("execution-recovery", false));
    }

    @PreDestroy
    void stop() {
        Timers.cancelAll(timers);
    }

    @Timeout
    public void tick() {
        try {
            openRepository();
            heartbeat();
            failLeftBehind();
        } catch (SQLException | NamingException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not look for job executions left behind by a crash; trying again in " + HEARTBEAT,
                    e);
        }
    }

    /**
     * Payara's batch runtime creates its tables at its first use, inside the transaction of that use, and does not
     * see them there: on a shared PostgreSQL repository the first job start failed and took the tables with it, again
     * and again. Used first here, outside any transaction, it creates them for good.
     */
    private void openRepository() {
        if (!repositoryOpened) {
            BatchRuntime.getJobOperator().getJobNames();
            repositoryOpened = true;
        }
    }

    /** An execution starts on this instance. */
    public void began(long execution, String jobName) {
        try (Connection db = crm.getConnection();
                PreparedStatement s = db.prepareStatement(
                        "INSERT INTO job_run (execution_id, job_name, instance_name, process, started_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, execution);
            s.setString(2, jobName);
            s.setString(3, instance);
            s.setString(4, PROCESS);
            s.setObject(5, databaseNow(db));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not note that execution " + execution + " runs on " + instance, e);
        }
    }

    /** An execution ended (whatever its status): the repository has its end. */
    public void ended(long execution) {
        claim(execution);
    }

    /** Forgets the execution's row. */
    private boolean claim(long execution) {
        try (Connection db = crm.getConnection();
                PreparedStatement s = db.prepareStatement("DELETE FROM job_run WHERE execution_id = ?")) {
            s.setLong(1, execution);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not note that execution " + execution + " ended", e);
        }
    }

    /** The database's clock: every instance compares heartbeats and start times by the same one. */
    private static OffsetDateTime databaseNow(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT CURRENT_TIMESTAMP");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getObject(1, OffsetDateTime.class);
        }
    }

    private void heartbeat() throws SQLException {
        try (Connection db = crm.getConnection();
                PreparedStatement update =
                        db.prepareStatement("UPDATE batch_instance SET seen_at = ? WHERE name = ?")) {
            OffsetDateTime now = databaseNow(db);
            update.setObject(1, now);
            update.setString(2, instance);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert =
                        db.prepareStatement("INSERT INTO batch_instance (name, seen_at) VALUES (?, ?)")) {
                    insert.setString(1, instance);
                    insert.setObject(2, now);
                    insert.executeUpdate();
                }
            }
        }
    }

    private record LeftBehind(long execution, String jobName, String instance, OffsetDateTime startedAt) {}

    /** Executions of an earlier process of this instance, and of instances gone for longer than the take-over time. */
    private void failLeftBehind() throws SQLException, NamingException {
        List<LeftBehind> found = new ArrayList<>();
        try (Connection db = crm.getConnection();
                PreparedStatement s = db.prepareStatement(
                        "SELECT r.execution_id, r.job_name, r.instance_name, r.started_at FROM job_run r"
                                + " LEFT JOIN batch_instance i ON i.name = r.instance_name"
                                + " WHERE (r.instance_name = ? AND r.process <> ?) OR (r.instance_name <> ? AND ?"
                                + " AND COALESCE(i.seen_at, r.started_at) < ?)")) {
            s.setString(1, instance);
            s.setString(2, PROCESS);
            s.setString(3, instance);
            s.setBoolean(4, repository.shared());
            s.setObject(5, databaseNow(db).minus(takeOverAfter));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new LeftBehind(
                            r.getLong(1), r.getString(2), r.getString(3), r.getObject(4, OffsetDateTime.class)));
                }
            }
        }
        if (found.isEmpty()) {
            return;
        }
        for (LeftBehind left : found) {
            // failing only what still runs makes two instances that both found it fail it once
            boolean failed = fail(left);
            claim(left.execution());
            if (failed) {
                metrics.ended(
                        left.jobName(),
                        BatchStatus.FAILED,
                        Duration.between(left.startedAt(), OffsetDateTime.now(ZoneOffset.UTC)));
                LOG.warning(() -> "Job execution " + left.execution() + " (" + left.jobName() + ") was running on "
                        + left.instance()
                        + " when its server stopped; it is FAILED now and can be restarted from its last checkpoint");
            }
        }
    }

    /** Sets the execution and its running steps FAILED in the repository, if they still say they run. */
    private boolean fail(LeftBehind left) throws SQLException, NamingException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String exitStatus = String.format(EXIT_STATUS, left.instance());
        try (Connection db = repository.dataSource().getConnection()) {
            int executions;
            try (PreparedStatement s = db.prepareStatement("UPDATE " + repository.table("EXECUTIONINSTANCEDATA")
                    + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ?, updatetime = ? WHERE jobexecid = ? AND batchstatus IN "
                    + RUNNING)) {
                s.setString(1, exitStatus);
                s.setTimestamp(2, now);
                s.setTimestamp(3, now);
                s.setLong(4, left.execution());
                executions = s.executeUpdate();
            }
            try (PreparedStatement s = db.prepareStatement("UPDATE " + repository.table("STEPEXECUTIONINSTANCEDATA")
                    + " SET batchstatus = 'FAILED', exitstatus = ?, endtime = ? WHERE jobexecid = ? AND batchstatus IN "
                    + RUNNING)) {
                s.setString(1, exitStatus);
                s.setTimestamp(2, now);
                s.setLong(3, left.execution());
                s.executeUpdate();
            }
            return executions > 0;
        }
    }
}
