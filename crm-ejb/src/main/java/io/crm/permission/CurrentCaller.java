package io.crm.permission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;

/**
 * The caller of the current request, as {@link CallerResolver} resolves it from the request's subject (it keeps a
 * resolved caller for a second). Not request-scoped: looking a request-scoped bean up cost a customer read more than
 * resolving the caller again does. Within a call that the {@link GuardInterceptor} checked, it is the caller the
 * check was made for, resolved once.
 */
@ApplicationScoped
public class CurrentCaller {

    private static final ThreadLocal<Caller> CHECKED = new ThreadLocal<>();

    @Inject
    CallerResolver resolver;

    public Caller get() {
        Caller checked = CHECKED.get();
        return checked != null ? checked : resolver.resolve();
    }

    /** Runs a checked call with its caller at hand, and forgets it afterwards (an outer call's caller comes back). */
    static <T> T during(Caller caller, Callable<T> call) throws Exception {
        Caller outer = CHECKED.get();
        CHECKED.set(caller);
        try {
            return call.call();
        } finally {
            if (outer == null) {
                CHECKED.remove();
            } else {
                CHECKED.set(outer);
            }
        }
    }
}
