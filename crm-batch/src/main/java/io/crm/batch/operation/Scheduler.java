package io.crm.batch.operation;

import io.crm.audit.AuditTrail;
import io.crm.common.Timers;
import io.crm.common.Times;
import io.crm.schedule.JobSchedule;
import io.crm.schedule.JobSchedules;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires due schedules. Every instance looks every five seconds; each fire is claimed in the database first, so it
 * happens on one instance only. After downtime a schedule that missed fires runs once, and its next fire is the
 * first one after now. A schedule whose last execution is still running is not started again: the fire is
 * skipped and recorded (SKIPPED_OVERLAP). Starts are audited as {@code system:scheduler}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Scheduler {

    /** How often each instance looks for due schedules. */
    static final Duration TICK = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(Scheduler.class.getName());
    static final String ACTOR = AuditTrail.systemActor("scheduler");

    @EJB
    JobSchedules schedules;

    @EJB
    JobOperations jobs;

    @Inject
    JobCatalog catalog;

    @EJB
    AuditTrail audit;

    @Resource
    TimerService timers;

    /**
     * A timer of this deployment, started once the application is up and cancelled with it: an automatic timer
     * can fire while a redeployment is under way and leave the singleton broken for the new one.
     */
    @PostConstruct
    void start() {
        timers.createIntervalTimer(TICK.toMillis(), TICK.toMillis(), new TimerConfig("scheduler", false));
    }

    @PreDestroy
    void stop() {
        Timers.cancelAll(timers);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        Instant now = Instant.now();
        for (JobSchedule due : schedules.due(Times.utc(now))) {
            try {
                fire(due, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Schedule " + due.id() + " of " + due.jobName() + " could not fire", e);
                schedules.fired(due.id(), null, JobSchedule.Outcome.FAILED_TO_START);
            }
        }
    }

    private void fire(JobSchedule due, Instant now) {
        Instant next =
                CronExpression.parse(due.cron(), due.timeZone()).next(now).orElse(null);
        if (!schedules.claim(due.id(), due.version(), next == null ? null : Times.utc(next))) {
            return;
        }
        if (due.lastExecutionId() != null && jobs.running(due.lastExecutionId())) {
            schedules.fired(due.id(), due.lastExecutionId(), JobSchedule.Outcome.SKIPPED_OVERLAP);
            jobs.recordSkip(ACTOR, due.id(), due.lastExecutionId());
            return;
        }
        long execution = jobs.startScheduled(
                ACTOR, due.id(), catalog.require("jobName", due.jobName()), ScheduleParameters.read(due.parameters()));
        schedules.fired(due.id(), execution, JobSchedule.Outcome.STARTED);
    }
}
