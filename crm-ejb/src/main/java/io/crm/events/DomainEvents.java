package io.crm.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Where services announce what happened, in the transaction of the change: the event goes to every observer of its
 * type, and those that observe {@code during = AFTER_SUCCESS} get it once the transaction has committed.
 */
@ApplicationScoped
public class DomainEvents {

    @Inject
    Event<Object> events;

    public void fire(Record event) {
        events.fire(event);
    }
}
