package io.crm.webhook;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How a record looks in an event's {@code data}: exactly as the REST API shows it, so the web module, which owns that
 * representation, registers a writer per view class when it starts. Until it has, events wait in the change log.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookPayloads {

    private final Map<Class<?>, Function<Object, String>> writers = new ConcurrentHashMap<>();

    /** Registers the JSON writer of a view class (a record of the service layer). */
    public <T> void represent(Class<T> viewClass, Function<T, String> writer) {
        writers.put(viewClass, view -> writer.apply(viewClass.cast(view)));
    }

    /** Whether the writers of every kind of record events carry are there. */
    public boolean ready() {
        return writers.size() >= WebhookEvents.VIEW_CLASSES.size()
                && writers.keySet().containsAll(WebhookEvents.VIEW_CLASSES);
    }

    public Optional<String> json(Object view) {
        return Optional.ofNullable(writers.get(view.getClass())).map(writer -> writer.apply(view));
    }
}
