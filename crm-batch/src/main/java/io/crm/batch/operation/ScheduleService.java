package io.crm.batch.operation;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.common.ExpectedVersion;
import io.crm.common.InvalidInputException;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.Times;
import io.crm.permission.Caller;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import io.crm.schedule.JobSchedule;
import io.crm.schedule.JobSchedules;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Cron schedules of jobs (job:operate): the job must exist, its parameters check like a manual start, the cron
 * has five fields and a time zone. Every change is audited with the user.
 */
@Stateless
@Requires(Permission.JOB_OPERATE)
public class ScheduleService {

    static final String AUDITED = "schedule";

    @Inject
    CurrentCaller currentCaller;

    @EJB
    JobSchedules schedules;

    @EJB
    AuditTrail audit;

    @Inject
    JobCatalog catalog;

    public ScheduleView create(ScheduleData data) {
        Caller caller = currentCaller.get();
        JobSchedule schedule =
                new JobSchedule(catalog.require("jobName", data.jobName()).name(), caller.userId(), Times.now());
        define(schedule, data);
        schedules.add(schedule);
        audit.recordWrite(
                caller.userId(),
                AuditAction.CREATE,
                AUDITED,
                Long.toString(schedule.id()),
                changes(Map.of(), values(schedule)));
        return ScheduleView.of(schedule);
    }

    public ScheduleView get(long id) {
        return ScheduleView.of(schedules.find(id));
    }

    public Page<ScheduleView> list(PageRequest page) {
        return schedules.list(page).map(ScheduleView::of);
    }

    /** Applies a change (the job itself cannot change), if the caller read the current version (null: any). */
    public ScheduleView update(long id, Long expectedVersion, UnaryOperator<ScheduleData> change) {
        Caller caller = currentCaller.get();
        JobSchedule schedule = schedules.find(id);
        ExpectedVersion.check(AUDITED, id, expectedVersion, schedule.version());
        ScheduleView before = ScheduleView.of(schedule);
        ScheduleData current = new ScheduleData(
                schedule.jobName(), schedule.cron(), schedule.timeZone(), before.parameters(), schedule.enabled());
        ScheduleData changed = change.apply(current);
        if (!schedule.jobName().equals(changed.jobName())) {
            throw new InvalidInputException("jobName", "cannot change; create another schedule");
        }
        Map<String, Object> old = values(schedule);
        define(schedule, changed);
        schedules.changed(schedule);
        audit.recordWrite(
                caller.userId(), AuditAction.UPDATE, AUDITED, Long.toString(id), changes(old, values(schedule)));
        return ScheduleView.of(schedule);
    }

    public void delete(long id, Long expectedVersion) {
        Caller caller = currentCaller.get();
        JobSchedule schedule = schedules.find(id);
        ExpectedVersion.check(AUDITED, id, expectedVersion, schedule.version());
        Map<String, Object> old = values(schedule);
        schedules.remove(schedule);
        audit.recordWrite(caller.userId(), AuditAction.DELETE, AUDITED, Long.toString(id), changes(old, Map.of()));
    }

    /** Checks and sets the writable fields; the next fire is the first after now. */
    private void define(JobSchedule schedule, ScheduleData data) {
        JobDefinition job = catalog.require("jobName", schedule.jobName());
        Map<String, Object> parameters = data.parameters() == null ? Map.of() : data.parameters();
        job.properties(parameters);
        CronExpression cron = CronExpression.parse(data.cron(), data.timeZone() == null ? "UTC" : data.timeZone());
        Instant next = cron.next(Instant.now()).orElseThrow();
        boolean enabled = data.enabled() == null || data.enabled();
        schedule.define(
                cron.text(),
                cron.zone().getId(),
                ScheduleParameters.write(parameters),
                enabled,
                Times.utc(next),
                Times.now());
    }

    private static Map<String, Object> values(JobSchedule s) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("jobName", s.jobName());
        values.put("cron", s.cron());
        values.put("timeZone", s.timeZone());
        values.put("parameters", s.parameters());
        values.put("enabled", s.enabled());
        return values;
    }

    /** The fields whose values differ; a missing side (created, deleted) is null. */
    private static Map<String, Change> changes(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (String field : (before.isEmpty() ? after : before).keySet()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.put(field, new Change(before.get(field), after.get(field)));
            }
        }
        return changes;
    }
}
