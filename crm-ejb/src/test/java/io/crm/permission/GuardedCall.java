package io.crm.permission;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A call of a service method as the container makes it: through the {@link GuardInterceptor}, for a given caller, so
 * that a plain test sees what the method declares checked as in the server.
 */
public final class GuardedCall {

    private GuardedCall() {}

    /** Calls the named public method of the service (the one with that many parameters) as the caller. */
    public static Object invoke(Object service, Caller caller, String methodName, Object... arguments)
            throws Exception {
        Method method = Arrays.stream(service.getClass().getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == arguments.length)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no method " + methodName));
        GuardInterceptor interceptor = new GuardInterceptor();
        interceptor.currentCaller = new CurrentCaller() {
            @Override
            public Caller get() {
                return caller;
            }
        };
        return interceptor.check(new Invocation(service, method, arguments));
    }

    private record Invocation(Object target, Method method, Object[] parameters) implements InvocationContext {

        @Override
        public Object getTarget() {
            return target;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return parameters;
        }

        @Override
        public void setParameters(Object[] params) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }

        @Override
        public Object proceed() throws Exception {
            try {
                return method.invoke(target, parameters);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
    }
}
