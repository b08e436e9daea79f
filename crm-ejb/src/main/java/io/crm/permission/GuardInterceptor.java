package io.crm.permission;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/**
 * Checks what a service method declares with {@link Requires} through the {@link Guard}, for the current caller,
 * before the method runs. Enabled for the whole application by its priority, so every EJB module's services are
 * checked; it runs inside the method's transaction (the container begins it before any interceptor), and its
 * refusal is the guard's {@code AccessDeniedException}, an application exception like any the method throws.
 */
@Requires
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class GuardInterceptor {

    @Inject
    CurrentCaller currentCaller;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Requires requires = declared(invocation.getMethod(), invocation.getTarget());
        Caller caller = currentCaller.get();
        if (requires != null) {
            Guard.require(caller, requires.value());
            Guard.requireAny(caller, requires.anyOf());
        }
        return CurrentCaller.during(caller, invocation::proceed);
    }

    /** What the method declares, or else its class (a method's declaration replaces its class's). */
    static Requires declared(Method method, Object target) {
        Requires onMethod = method.getAnnotation(Requires.class);
        if (onMethod != null) {
            return onMethod;
        }
        Requires onClass = method.getDeclaringClass().getAnnotation(Requires.class);
        return onClass != null || target == null ? onClass : target.getClass().getAnnotation(Requires.class);
    }
}
