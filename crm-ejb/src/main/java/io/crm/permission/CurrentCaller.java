package io.crm.permission;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The caller of the current request, resolved once per request by {@link CallerResolver}. */
@RequestScoped
public class CurrentCaller {

    @Inject
    CallerResolver resolver;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            caller = resolver.resolve();
        }
        return caller;
    }
}
