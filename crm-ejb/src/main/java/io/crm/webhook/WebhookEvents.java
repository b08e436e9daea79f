package io.crm.webhook;

import io.crm.changelog.ChangeDetail;
import io.crm.changelog.ChangeFacts;
import io.crm.changelog.ChangeKind;
import io.crm.changelog.EntityType;
import io.crm.common.CrmException;
import io.crm.customer.CustomerService;
import io.crm.customer.CustomerView;
import io.crm.followup.FollowUpService;
import io.crm.followup.FollowUpStatus;
import io.crm.followup.FollowUpView;
import io.crm.note.NoteService;
import io.crm.note.NoteView;
import io.crm.permission.ActingCaller;
import io.crm.permission.Caller;
import io.crm.permission.Permission;
import io.crm.permission.VisibilityRule;
import io.crm.survey.SurveyAnswerView;
import io.crm.survey.SurveyAnswers;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a change of the log into the events one subscription receives: which types it makes, and each event's body
 * with the record as the subscription's user reads it now (through the same services, so their guard, visibility and
 * masking apply, and a read of personal data is audited as theirs). A record that user may not read makes no event.
 */
@ApplicationScoped
public class WebhookEvents {

    static final Set<Class<?>> VIEW_CLASSES =
            Set.of(CustomerView.class, NoteView.class, FollowUpView.class, SurveyAnswerView.class);

    @EJB
    CustomerService customers;

    @EJB
    NoteService notes;

    @EJB
    FollowUpService followUps;

    @EJB
    SurveyAnswers answers;

    @EJB
    WebhookPayloads payloads;

    /** The types a change makes: a follow-up's by the status the change left it in, as its facts say. */
    static Set<WebhookEventType> candidates(ChangeDetail change) {
        ChangeKind kind = change.kind();
        return switch (change.change().entity()) {
            case CUSTOMER ->
                switch (kind) {
                    case CREATED -> EnumSet.of(WebhookEventType.CUSTOMER_CREATED);
                    case DELETED -> EnumSet.of(WebhookEventType.CUSTOMER_DELETED);
                    case UPDATED -> {
                        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
                        // a merge that changed none of the survivor's fields is a merge only
                        if (!changedFields(change).isEmpty()
                                || mergedFrom(change).isEmpty()) {
                            types.add(WebhookEventType.CUSTOMER_CHANGED);
                        }
                        if (change.facts().fields().contains("tier")) {
                            types.add(WebhookEventType.TIER_CHANGED);
                        }
                        if (mergedFrom(change).isPresent()) {
                            types.add(WebhookEventType.CUSTOMER_MERGED);
                        }
                        if (stages(change).isPresent()) {
                            types.add(WebhookEventType.LIFECYCLE_CHANGED);
                        }
                        yield types;
                    }
                };
            case NOTE -> kind == ChangeKind.CREATED ? EnumSet.of(WebhookEventType.NOTE_ADDED) : Set.of();
            case FOLLOW_UP -> {
                List<String> fields = change.facts().fields();
                if (fields.contains(ChangeFacts.DUE)) {
                    yield EnumSet.of(WebhookEventType.FOLLOWUP_DUE);
                }
                if (fields.contains(ChangeFacts.STATUS + FollowUpStatus.DONE)) {
                    yield EnumSet.of(WebhookEventType.FOLLOWUP_COMPLETED);
                }
                yield kind == ChangeKind.CREATED && fields.contains(ChangeFacts.STATUS + FollowUpStatus.PLANNED)
                        ? EnumSet.of(WebhookEventType.FOLLOWUP_PLANNED)
                        : Set.of();
            }
            case SURVEY_RESPONSE -> {
                if (kind != ChangeKind.CREATED) {
                    yield Set.of();
                }
                yield change.facts().fields().contains(ChangeFacts.CATEGORY + DETRACTOR)
                        ? EnumSet.of(WebhookEventType.SURVEY_ANSWERED, WebhookEventType.SURVEY_DETRACTOR)
                        : EnumSet.of(WebhookEventType.SURVEY_ANSWERED);
            }
        };
    }

    /** The NPS category of an answer of 0 to 6 (SurveyAnswered's). */
    static final String DETRACTOR = "DETRACTOR";

    /**
     * The changed fields of a customer as the API names them (the facts also carry what a merge brought and the
     * stages a scoring run moved between).
     */
    static List<String> changedFields(ChangeDetail change) {
        return change.facts().fields().stream()
                .filter(f -> !ChangeFacts.isFact(f))
                .toList();
    }

    /** The lifecycle stages before and after, when the change moved the customer's stage. */
    static Optional<String[]> stages(ChangeDetail change) {
        return change.facts().fields().stream()
                .filter(f -> f.startsWith(ChangeFacts.STAGE))
                .map(f -> f.substring(ChangeFacts.STAGE.length()).split(">", 2))
                .filter(s -> s.length == 2)
                .findFirst();
    }

    /** The id of the customer merged into this one, when the change is a merge. */
    static Optional<String> mergedFrom(ChangeDetail change) {
        return change.facts().fields().stream()
                .filter(f -> f.startsWith(ChangeFacts.MERGED_FROM))
                .map(f -> f.substring(ChangeFacts.MERGED_FROM.length()))
                .findFirst();
    }

    /** Whether the writers of the records' JSON are registered: events are made only then. */
    public boolean ready() {
        return payloads.ready();
    }

    /** The events of one change for a subscription whose user is {@code reader}, in the order they are sent. */
    public List<WebhookEvent> eventsFor(ChangeDetail change, Set<WebhookEventType> wanted, Caller reader) {
        Set<WebhookEventType> candidates = EnumSet.noneOf(WebhookEventType.class);
        candidates.addAll(candidates(change));
        candidates.retainAll(wanted);
        if (!reader.has(Permission.CUSTOMER_PII_READ)) {
            // that an answer was a detractor's tells its score, which only readers of personal data see
            candidates.remove(WebhookEventType.SURVEY_DETRACTOR);
        }
        if (candidates.isEmpty() || !reader.has(Permission.CUSTOMER_READ)) {
            return List.of();
        }
        long customerId = change.change().entity() == EntityType.CUSTOMER
                ? change.change().entityId()
                : change.facts().customerId() == null ? 0 : change.facts().customerId();
        String data;
        Set<WebhookEventType> types;
        if (change.kind() == ChangeKind.DELETED) {
            if (!VisibilityRule.canSee(
                    reader, change.facts().ownerId(), change.facts().teamId())) {
                return List.of();
            }
            data = Json.createObjectBuilder()
                    .add("id", Long.toString(change.change().entityId()))
                    .build()
                    .toString();
            types = candidates;
        } else {
            Optional<Object> view = read(change, reader);
            if (view.isEmpty()) {
                return List.of();
            }
            if (customerId == 0 && view.get() instanceof NoteView n) {
                customerId = n.customerId();
            } else if (customerId == 0 && view.get() instanceof FollowUpView f) {
                customerId = f.customerId();
            } else if (customerId == 0 && view.get() instanceof SurveyAnswerView a) {
                customerId = a.customerId();
            }
            types = candidates;
            Optional<String> json = payloads.json(view.get());
            if (json.isEmpty()) {
                throw new IllegalStateException(
                        "no JSON writer for " + view.get().getClass().getSimpleName());
            }
            data = json.get();
        }
        String orderKey = "customer:" + customerId;
        String occurredAt = change.occurredAt().toInstant().toString();
        String dataJson = data;
        return types.stream()
                .map(type -> {
                    String id = "evt_" + change.change().entry() + "." + type.code();
                    JsonObjectBuilder body = Json.createObjectBuilder()
                            .add("type", type.code())
                            .add("id", id)
                            .add("occurredAt", occurredAt)
                            .add(
                                    "data",
                                    Json.createReader(new StringReader(dataJson))
                                            .readObject());
                    if (type == WebhookEventType.CUSTOMER_CHANGED) {
                        body.add("changedFields", Json.createArrayBuilder(changedFields(change)));
                    }
                    if (type == WebhookEventType.CUSTOMER_MERGED) {
                        body.add("mergedFrom", mergedFrom(change).orElseThrow());
                    }
                    if (type == WebhookEventType.LIFECYCLE_CHANGED) {
                        String[] stages = stages(change).orElseThrow();
                        body.add("from", stages[0]).add("to", stages[1]);
                    }
                    return new WebhookEvent(
                            id,
                            type,
                            orderKey,
                            change.change().position() * 16 + type.ordinal(),
                            body.build().toString());
                })
                .toList();
    }

    /** The record as {@code reader} would GET it now; empty when they may not, or it is gone. */
    private Optional<Object> read(ChangeDetail change, Caller reader) {
        long id = change.change().entityId();
        try {
            return Optional.of(
                    ActingCaller.as(reader, () -> switch (change.change().entity()) {
                        case CUSTOMER -> customers.get(id);
                        case NOTE -> notes.get(id);
                        case FOLLOW_UP -> followUps.get(id);
                        case SURVEY_RESPONSE -> answers.get(id);
                    }));
        } catch (CrmException refusedOrGone) {
            return Optional.empty();
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }
}
