package io.crm.permission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The caller of the current request, as {@link CallerResolver} resolves it from the request's subject (it keeps a
 * resolved caller for a second). Not request-scoped: looking a request-scoped bean up cost a customer read more than
 * resolving the caller again does.
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    CallerResolver resolver;

    public Caller get() {
        return resolver.resolve();
    }
}
