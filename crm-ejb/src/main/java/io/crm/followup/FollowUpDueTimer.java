package io.crm.followup;

import io.crm.common.Timers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks for follow-ups falling due every {@code crm.followups.due-check} (default 15 s) on every instance; each
 * follow-up is announced once between them ({@link FollowUpsFallingDue}).
 */
@Singleton
@Startup
public class FollowUpDueTimer {

    private static final Logger LOG = Logger.getLogger(FollowUpDueTimer.class.getName());
    /** Follow-ups announced in one transaction; more wait for the next one, a moment later. */
    static final int PER_ROUND = 500;

    @EJB
    FollowUpsFallingDue falling;

    @Inject
    @ConfigProperty(name = "crm.followups.due-check", defaultValue = "PT15S")
    Duration interval;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("follow-ups-due", false));
    }

    @PreDestroy
    void stop() {
        Timers.cancelAll(timers);
    }

    /** Each round in a transaction of its own (a backlog is not one long transaction). */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void check() {
        try {
            while (falling.announce(OffsetDateTime.now(ZoneOffset.UTC), PER_ROUND) == PER_ROUND) {
                // a backlog (after a stop): the next round at once
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Announcing follow-ups that fell due failed; the next check tries again", e);
        }
    }
}
