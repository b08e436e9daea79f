package io.crm.webhook;

import io.crm.changelog.ChangeConsumer;
import io.crm.changelog.ChangeConsumers;
import io.crm.changelog.ChangeDetail;
import io.crm.changelog.ChangeLogReader;
import io.crm.common.ServerInstance;
import io.crm.common.Times;
import io.crm.permission.Caller;
import io.crm.permission.CallerResolver;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Webhook delivery on each instance, on a thread of its own that a commit of this instance wakes (while subscriptions
 * exist) and that looks at least once a second otherwise (changes of other instances, retries that fell due): as the
 * change log's group consumer it claims the next changes
 * (one instance at a time, under a lease), queues their events for every subscription whose user may read the record,
 * and acknowledges; then it sends the deliveries that are due, several at once but one at a time per subscription and
 * customer. A crash before the acknowledgement makes the next holder read the same range again; events already queued
 * keep their ids and are not queued twice, so receivers see a repeated {@code webhook-id} at most.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());

    /** The change log's consumer that acts once per deployment group. */
    public static final ChangeConsumer CONSUMER = new ChangeConsumer("webhooks", ChangeConsumer.Scope.GROUP);

    static final int CHANGES_PER_CLAIM = 200;
    static final int SENDS_AT_ONCE = 16;
    static final Duration CLAIM_LEASE = Duration.ofMinutes(1);
    /** A taken delivery is given back after this, should its sender die: longer than any attempt may take. */
    static final Duration SEND_LEASE = Duration.ofMinutes(2);
    /** A round of sending gives the next tick its turn after this. */
    static final Duration SENDING_ROUND = Duration.ofSeconds(20);
    /** The longest the worker waits between two looks at the log and the due deliveries. */
    static final Duration LOOK_EVERY = Duration.ofSeconds(1);

    @EJB
    ChangeConsumers consumers;

    @EJB
    ChangeLogReader log;

    @EJB
    WebhookDeliveries deliveries;

    @Inject
    WebhookEvents events;

    @Inject
    WebhookSettings settings;

    @Inject
    CallerResolver callers;

    @Inject
    WebhookWakeup wakeup;

    @Inject
    @ConfigProperty(name = "crm.webhooks.consumer-liveness", defaultValue = "PT24H")
    String liveness;

    /** Threads with the application's context, for a pool of this worker's own. */
    @Resource
    ManagedThreadFactory threads;

    private volatile boolean running;
    private Thread worker;
    private boolean registered;
    private String holder;
    private WebhookSender sender;
    /**
     * The sends of a round, each on a thread of its own: the server's default executor (no core threads, an unbounded
     * queue) did not run them all at once.
     */
    private ExecutorService executor;

    @PostConstruct
    void start() {
        running = true;
        holder = ServerInstance.NAME;
        sender = new WebhookSender(settings.targets(), settings.connectTimeout(), settings.readTimeout());
        executor = Executors.newFixedThreadPool(SENDS_AT_ONCE, threads);
        worker = threads.newThread(this::work);
        worker.setName("crm-webhooks");
        worker.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        wakeup.wake();
        executor.shutdownNow();
        try {
            worker.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void work() {
        while (running) {
            wakeup.await(LOOK_EVERY);
            if (running) {
                round();
            }
        }
    }

    private void round() {
        try {
            if (!events.ready()) {
                return; // the web module has not registered how records look yet
            }
            if (!registered) {
                consumers.register(CONSUMER, holder);
                registered = true;
            }
            List<WebhookDeliveries.Subscriber> subscribers = deliveries.subscribers();
            wakeup.servedBy(Thread.currentThread(), !subscribers.isEmpty());
            queueEvents(subscribers);
            sendDue();
            pruneIfDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook delivery failed this round; the next one tries again", e);
        }
    }

    private void queueEvents(List<WebhookDeliveries.Subscriber> subscribers) {
        Duration keep = Duration.parse(liveness);
        ChangeLogReader.Sequenced sequenced;
        do {
            sequenced = log.sequence(CHANGES_PER_CLAIM);
        } while (sequenced.count() == CHANGES_PER_CLAIM);
        ChangeConsumers.Claim claim;
        do {
            claim = consumers.claim(CONSUMER, holder, CHANGES_PER_CLAIM, CLAIM_LEASE);
            if (claim.changes().isEmpty()) {
                consumers.acknowledge(CONSUMER, holder, claim.through(), keep); // releases the lease, if it is ours
                return;
            }
            List<ChangeDetail> details = log.details(claim.changes());
            Map<String, Optional<Caller>> readers = new HashMap<>();
            Map<Long, List<WebhookEvent>> queued = new LinkedHashMap<>();
            for (ChangeDetail change : details) {
                for (WebhookDeliveries.Subscriber subscriber : subscribers) {
                    Optional<Caller> reader = readers.computeIfAbsent(subscriber.actAs(), callers::asLastSignedIn);
                    if (reader.isPresent()) {
                        List<WebhookEvent> made =
                                events.eventsFor(change, EnumSet.copyOf(subscriber.events()), reader.get());
                        if (!made.isEmpty()) {
                            queued.computeIfAbsent(subscriber.id(), k -> new ArrayList<>())
                                    .addAll(made);
                        }
                    }
                }
            }
            if (!queued.isEmpty()) {
                deliveries.enqueue(queued);
            }
            if (!consumers.acknowledge(CONSUMER, holder, claim.through(), keep)) {
                LOG.warning("The webhook consumer's lease ran out before its range was queued; another instance"
                        + " queues it again (the same events, not sent twice)");
                return;
            }
        } while (claim.changes().size() == CHANGES_PER_CLAIM && running);
    }

    /** Deliveries removed per transaction when pruning. */
    static final int PRUNED_AT_ONCE = 1000;

    private long nextPruneAt;

    /** Every {@code crm.webhooks.prune-every}: removes the delivered and dead deliveries kept long enough. */
    private void pruneIfDue() {
        long now = System.currentTimeMillis();
        if (now < nextPruneAt) {
            return;
        }
        nextPruneAt = now + settings.pruneEvery().toMillis();
        OffsetDateTime before = Times.now().minus(settings.deliveryRetention());
        int removed;
        long total = 0;
        do {
            removed = deliveries.prune(before, PRUNED_AT_ONCE);
            total += removed;
        } while (removed == PRUNED_AT_ONCE && running);
        if (total > 0) {
            LOG.info("Removed " + total + " delivered and dead webhook deliveries queued before " + before);
        }
    }

    private void sendDue() {
        long until = System.nanoTime() + SENDING_ROUND.toNanos();
        RetrySchedule retries = settings.retries();
        Duration pauseAfter = settings.pauseAfter();
        while (running && System.nanoTime() < until) {
            List<WebhookDeliveries.Due> due = deliveries.take(holder, SENDS_AT_ONCE, SEND_LEASE);
            if (due.isEmpty()) {
                return;
            }
            List<Future<WebhookDeliveries.Attempt>> sends = new ArrayList<>();
            for (WebhookDeliveries.Due d : due) {
                sends.add(executor.submit(() -> new WebhookDeliveries.Attempt(
                        d.id(), sender.send(d.url(), d.secrets(), d.eventId(), d.payload()))));
            }
            List<WebhookDeliveries.Attempt> attempts = new ArrayList<>(sends.size());
            for (Future<WebhookDeliveries.Attempt> send : sends) {
                try {
                    attempts.add(send.get());
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "A webhook send failed unexpectedly; it is sent again", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            try {
                deliveries.attempted(attempts, holder, retries, pauseAfter);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Recording a round of webhook attempts failed; they are sent again", e);
            }
        }
    }
}
