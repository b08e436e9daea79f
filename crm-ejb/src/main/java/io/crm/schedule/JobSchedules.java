package io.crm.schedule;

import io.crm.common.Cursor;
import io.crm.common.ExpectedVersion;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.permission.Unguarded;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Storage of job schedules, for crm-batch, which checks permissions and rules: the same guard-free role as a
 * repository, since the callers are the schedule service (which guards) and the scheduler (the system).
 */
@Stateless
@Unguarded("the store of ScheduleService, which checks its caller, and of the scheduler, which runs as the system")
public class JobSchedules {

    static final String LIST = "schedules";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    public JobSchedule add(JobSchedule schedule) {
        em.persist(schedule);
        em.flush();
        return schedule;
    }

    public JobSchedule find(long id) {
        JobSchedule schedule = em.find(JobSchedule.class, id);
        if (schedule == null) {
            throw new RecordNotFoundException("schedule", id);
        }
        return schedule;
    }

    /** Flushes a change, refusing it (412) when another request changed the schedule since it was read. */
    public JobSchedule changed(JobSchedule schedule) {
        ExpectedVersion.flush(em, "schedule", schedule.id(), schedule::version);
        return schedule;
    }

    public void remove(JobSchedule schedule) {
        em.remove(schedule);
        em.flush();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<JobSchedule> list(PageRequest page) {
        String fingerprint = Cursor.fingerprint("all");
        long after = page.cursor() == null
                ? 0
                : Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
        List<JobSchedule> rows = em.createQuery(
                        "SELECT s FROM JobSchedule s WHERE s.id > :after ORDER BY s.id", JobSchedule.class)
                .setParameter("after", after)
                .setMaxResults(page.limit() + 1)
                .getResultList();
        return Page.of(rows, page, LIST, fingerprint, s -> Long.toString(s.id()));
    }

    /** Enabled schedules whose next fire time has come. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JobSchedule> due(OffsetDateTime now) {
        return em.createQuery(
                        "SELECT s FROM JobSchedule s WHERE s.enabled = TRUE AND s.nextFireAt <= :now ORDER BY s.nextFireAt",
                        JobSchedule.class)
                .setParameter("now", now)
                .getResultList();
    }

    /**
     * Takes one fire of a schedule for this instance: moves its next fire time on, if nobody did since it was
     * read (same version). Exactly one of several instances that try gets true.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long id, long version, OffsetDateTime next) {
        return em.createQuery(
                                "UPDATE JobSchedule s SET s.nextFireAt = :next, s.lastFireAt = :now, s.version = s.version + 1 "
                                        + "WHERE s.id = :id AND s.version = :version")
                        .setParameter("next", next)
                        .setParameter("now", Times.now())
                        .setParameter("id", id)
                        .setParameter("version", version)
                        .executeUpdate()
                == 1;
    }

    /** What a fire did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fired(long id, Long executionId, JobSchedule.Outcome outcome) {
        em.createQuery("UPDATE JobSchedule s SET s.lastExecutionId = :execution, s.lastOutcome = :outcome, "
                        + "s.version = s.version + 1 WHERE s.id = :id")
                .setParameter("execution", executionId)
                .setParameter("outcome", outcome)
                .setParameter("id", id)
                .executeUpdate();
    }
}
