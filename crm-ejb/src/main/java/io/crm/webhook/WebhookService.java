package io.crm.webhook;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.audit.Change;
import io.crm.changelog.ChangeDetail;
import io.crm.changelog.ChangeLogReader;
import io.crm.common.ConflictException;
import io.crm.common.Cursor;
import io.crm.common.ExpectedVersion;
import io.crm.common.InvalidInputException;
import io.crm.common.Page;
import io.crm.common.PageRequest;
import io.crm.common.RecordNotFoundException;
import io.crm.common.Times;
import io.crm.common.Violation;
import io.crm.permission.Caller;
import io.crm.permission.CallerResolver;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Managing webhook subscriptions and looking at, and replaying, their deliveries: all of it needs webhook:manage. */
@Stateless
@Requires(Permission.WEBHOOK_MANAGE)
public class WebhookService {

    static final String AUDITED = "webhook";
    static final String LIST = "webhooks";
    static final String DELIVERIES = "webhook-deliveries";

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    CallerResolver callers;

    @Inject
    WebhookSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    WebhookEvents events;

    @EJB
    ChangeLogReader log;

    @EJB
    WebhookDeliveries deliveries;

    /** Subscribes; the answer carries the secret, which is never shown again. */
    public CreatedWebhook create(WebhookData data) {
        String creator = currentCaller.get().userId();
        validate(data);
        String secret = WebhookSignature.newSecret();
        WebhookSubscription subscription = new WebhookSubscription(data, secret, creator, Times.now());
        em.persist(subscription);
        em.flush();
        audit.recordWrite(creator, AuditAction.CREATE, AUDITED, Long.toString(subscription.id()), changes(null, data));
        return new CreatedWebhook(subscription.view(), secret);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public WebhookView get(long id) {
        return find(id).view();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<WebhookView> list(PageRequest page) {
        String fingerprint = Cursor.fingerprint();
        long after = page.cursor() == null
                ? 0
                : Cursor.decode(page.cursor(), LIST, fingerprint).positionAsLong();
        List<WebhookView> rows = em
                .createQuery(
                        "SELECT w FROM WebhookSubscription w WHERE w.id > :after ORDER BY w.id",
                        WebhookSubscription.class)
                .setParameter("after", after)
                .setMaxResults(page.limit() + 1)
                .getResultList()
                .stream()
                .map(WebhookSubscription::view)
                .toList();
        return Page.of(rows, page, LIST, fingerprint, w -> Long.toString(w.id()));
    }

    /**
     * Changes the subscription, if the caller read the current version (null accepts any). Resuming a paused one
     * ({@code paused: false}) sends what waited meanwhile, in order.
     */
    public WebhookView update(long id, Long expectedVersion, UnaryOperator<WebhookData> change) {
        WebhookSubscription subscription = find(id);
        ExpectedVersion.check(AUDITED, id, expectedVersion, subscription.version());
        WebhookData before = subscription.data();
        WebhookData data = change.apply(before);
        validate(data);
        subscription.apply(data, Times.now());
        ExpectedVersion.flush(em, AUDITED, id, subscription::version);
        audit.recordWrite(
                currentCaller.get().userId(), AuditAction.UPDATE, AUDITED, Long.toString(id), changes(before, data));
        return subscription.view();
    }

    /** The longest overlap of a rotation: a week. */
    public static final int MAX_OVERLAP_HOURS = 168;

    /**
     * A new signing secret, shown this once. The current one keeps signing beside it for the overlap, so that the
     * receiver can change its secret meanwhile (0: it stops at once); a secret before that is forgotten.
     */
    public CreatedWebhook rotateSecret(long id, int overlapHours) {
        if (overlapHours < 0 || overlapHours > MAX_OVERLAP_HOURS) {
            throw new InvalidInputException(
                    "overlapHours", "must be a whole number of hours from 0 to " + MAX_OVERLAP_HOURS);
        }
        WebhookSubscription subscription = find(id);
        OffsetDateTime now = Times.now();
        String secret = WebhookSignature.newSecret();
        subscription.rotate(secret, now.plusHours(overlapHours), now);
        ExpectedVersion.flush(em, AUDITED, id, subscription::version);
        WebhookView view = subscription.view();
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("secret", new Change(null, "rotated"));
        changes.put(
                "previousSecretUntil",
                new Change(
                        null,
                        view.previousSecretUntil() == null
                                ? null
                                : view.previousSecretUntil().toString()));
        audit.recordWrite(currentCaller.get().userId(), AuditAction.UPDATE, AUDITED, Long.toString(id), changes);
        return new CreatedWebhook(view, secret);
    }

    /** Unsubscribes; its deliveries go with it. */
    public void delete(long id, Long expectedVersion) {
        WebhookSubscription subscription = find(id);
        ExpectedVersion.check(AUDITED, id, expectedVersion, subscription.version());
        WebhookData before = subscription.data();
        em.createQuery("DELETE FROM WebhookAttempt a WHERE a.deliveryId IN "
                        + "(SELECT d.id FROM WebhookDelivery d WHERE d.subscriptionId = :id)")
                .setParameter("id", id)
                .executeUpdate();
        em.createQuery("DELETE FROM WebhookDelivery d WHERE d.subscriptionId = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(subscription);
        em.flush();
        audit.recordWrite(
                currentCaller.get().userId(), AuditAction.DELETE, AUDITED, Long.toString(id), changes(before, null));
    }

    /** The subscription's deliveries, newest first, each with its attempts. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<DeliveryView> deliveries(long id, PageRequest page) {
        find(id);
        String fingerprint = Cursor.fingerprint(id);
        long before = page.cursor() == null
                ? Long.MAX_VALUE
                : Cursor.decode(page.cursor(), DELIVERIES, fingerprint).positionAsLong();
        List<WebhookDelivery> rows = em.createQuery(
                        "SELECT d FROM WebhookDelivery d WHERE d.subscriptionId = :s AND d.id < :before "
                                + "ORDER BY d.id DESC",
                        WebhookDelivery.class)
                .setParameter("s", id)
                .setParameter("before", before)
                .setMaxResults(page.limit() + 1)
                .getResultList();
        Map<Long, List<AttemptView>> attempts = attemptsOf(rows);
        List<DeliveryView> views = rows.stream()
                .map(d -> d.view(attempts.getOrDefault(d.id(), List.of())))
                .toList();
        return Page.of(views, page, DELIVERIES, fingerprint, d -> Long.toString(d.id()));
    }

    /** Sends the delivery again, with the same event id and body, as soon as the sender comes round. */
    public DeliveryView replay(long id, long deliveryId) {
        find(id);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.subscriptionId() != id) {
            throw new RecordNotFoundException("delivery", deliveryId);
        }
        delivery.replay(Times.now());
        em.flush();
        return delivery.view(attemptsOf(List.of(delivery)).getOrDefault(deliveryId, List.of()));
    }

    /** The most changes one replay reads from the log: a wider range is refused (400), to be replayed in parts. */
    public static final int MAX_REPLAYED_CHANGES = 10_000;

    /**
     * Queues again, as new deliveries, every event of the subscription's types made from changes in [{@code from},
     * {@code to}), with the events' own ids (receivers drop what they had), made as the subscription's user may read
     * the records now. Refused (409, with the oldest time it can replay from) when the change log no longer holds all
     * of the range.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ReplayView replayRange(long id, Instant from, Instant to) {
        WebhookSubscription subscription = find(id);
        checkRange(from, to, log.prunedUntil());
        OffsetDateTime start = from.atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
        List<ChangeDetail> changes = log.madeBetween(start, end, MAX_REPLAYED_CHANGES + 1);
        if (changes.size() > MAX_REPLAYED_CHANGES) {
            throw new InvalidInputException(
                    "to", "the range holds more than " + MAX_REPLAYED_CHANGES + " changes: replay it in parts");
        }
        Caller reader = callers.asLastSignedIn(subscription.actAs())
                .orElseThrow(() -> new ConflictException(
                        "The subscription's user " + subscription.actAs() + " is no longer known to the CRM.",
                        Map.of()));
        // made outside a transaction, each read its own (as the sender does): a record the user may not read is
        // refused by its service, which would otherwise doom the whole replay's transaction
        Set<WebhookEventType> wanted = EnumSet.copyOf(subscription.events());
        List<WebhookEvent> made = new ArrayList<>();
        for (ChangeDetail change : changes) {
            made.addAll(events.eventsFor(change, wanted, reader));
        }
        return deliveries.replayed(id, start, end, currentCaller.get().userId(), made);
    }

    /**
     * A range to replay: both ends, in order (400), and after the newest change pruned from the log (409, telling the
     * oldest time it can replay from).
     */
    static void checkRange(Instant from, Instant to, Optional<OffsetDateTime> prunedUntil) {
        List<Violation> violations = new ArrayList<>();
        if (from == null) {
            violations.add(new Violation("from", "is required"));
        }
        if (to == null) {
            violations.add(new Violation("to", "is required"));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(new Violation("to", "must be after from"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (prunedUntil.isPresent() && !from.isAfter(prunedUntil.get().toInstant())) {
            Instant oldest = prunedUntil.get().toInstant().plus(1, ChronoUnit.MICROS);
            throw new ConflictException(
                    "The change log no longer holds every change of this range: it holds those made from " + oldest
                            + " on (crm.changelog.retention).",
                    Map.of("oldestAvailable", oldest.toString()));
        }
    }

    private Map<Long, List<AttemptView>> attemptsOf(List<WebhookDelivery> deliveries) {
        Map<Long, List<AttemptView>> attempts = new HashMap<>();
        if (deliveries.isEmpty()) {
            return attempts;
        }
        em.createQuery("SELECT a FROM WebhookAttempt a WHERE a.deliveryId IN :ids ORDER BY a.id", WebhookAttempt.class)
                .setParameter(
                        "ids", deliveries.stream().map(WebhookDelivery::id).toList())
                .getResultList()
                .forEach(a -> attempts.computeIfAbsent(a.deliveryId(), k -> new ArrayList<>())
                        .add(a.view()));
        return attempts;
    }

    private WebhookSubscription find(long id) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, id);
        if (subscription == null) {
            throw new RecordNotFoundException(AUDITED, id);
        }
        return subscription;
    }

    /** Rules that need the configuration or the database: the target, and a user who has signed in before. */
    private void validate(WebhookData data) {
        if (data.url() == null || data.url().length() > WebhookTargets.MAX_URL) {
            throw new InvalidInputException("url", "is required, at most " + WebhookTargets.MAX_URL + " characters");
        }
        settings.targets().check(data.url());
        if (data.events().isEmpty()) {
            throw new InvalidInputException("events", "must name at least one of " + WebhookEventType.known());
        }
        if (data.actAs() == null || data.actAs().isBlank()) {
            throw new InvalidInputException("actAs", "is required");
        }
        if (callers.asLastSignedIn(data.actAs()).isEmpty()) {
            throw new InvalidInputException("actAs", "has never signed in to the CRM: their roles are not known yet");
        }
    }

    private static Map<String, Change> changes(WebhookData before, WebhookData after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        put(changes, "url", before == null ? null : before.url(), after == null ? null : after.url());
        put(changes, "events", before == null ? null : codes(before), after == null ? null : codes(after));
        put(changes, "actAs", before == null ? null : before.actAs(), after == null ? null : after.actAs());
        put(changes, "paused", before == null ? null : before.paused(), after == null ? null : after.paused());
        return changes;
    }

    private static String codes(WebhookData data) {
        return String.join(
                ",", data.events().stream().map(WebhookEventType::code).toList());
    }

    private static void put(Map<String, Change> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, new Change(before, after));
        }
    }
}
