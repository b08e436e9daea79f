package io.crm.rest.customer;

import io.crm.customer.CustomerRequestReading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Tells the services how a customer's JSON is read when the web module starts: as POST /customers and the bulk route
 * read it, so that an import's rows are read with the same rules and messages.
 */
@ApplicationScoped
public class CustomerRequestRegistration {

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        CustomerRequestReading.register(CustomerJson::read, CustomerJson::merge);
    }
}
