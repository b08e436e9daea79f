package io.crm.rest.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Counts and times every API request by route template (never the raw path, which holds ids), HTTP method and
 * status class: {@code crm_http_requests_seconds{route, method, status_class}}. The time runs from the request, before
 * it is matched (so that a path no route takes counts as {@code unmatched}), to the last byte of the body written. Each resource method's timers are made once and kept here, so a
 * request costs two map reads and a clock read, no lookup in the registry.
 */
@Provider
@PreMatching
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    static final String NAME = "crm_http_requests";
    static final String UNMATCHED = "unmatched";
    private static final String STARTED = RequestMetrics.class.getName() + ".started";
    private static final String TIMER = RequestMetrics.class.getName() + ".timer";
    private static final Metadata METADATA = Metadata.builder()
            .withName(NAME)
            .withUnit(MetricUnits.SECONDS)
            .withDescription("API requests by route template, method and status class, until the body is written")
            .build();

    @Context
    ResourceInfo resource;

    private volatile MetricRegistry registry;

    /** By resource method (or {@link #UNMATCHED} with the HTTP method): its timers by status class 1xx to 5xx, made on first use. */
    private final Map<Object, Timer[]> timers = new ConcurrentHashMap<>();

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long start)) {
            return; // refused before matching (a request filter that aborted it): not a route
        }
        Timer timer = timer(request.getMethod(), response.getStatus());
        if (response.hasEntity()) {
            request.setProperty(TIMER, timer); // stopped once the body is written
        } else {
            timer.update(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } finally {
            if (context.getProperty(TIMER) instanceof Timer timer
                    && context.getProperty(STARTED) instanceof Long start) {
                timer.update(Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    private Timer timer(String httpMethod, int status) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Object key = method == null ? UNMATCHED + " " + httpMethod : method;
        Timer[] byClass = timers.computeIfAbsent(key, k -> new Timer[5]);
        int statusClass = Math.max(1, Math.min(5, status / 100));
        Timer timer = byClass[statusClass - 1];
        if (timer == null) { // a race registers twice and gets the same timer
            String route = method == null ? UNMATCHED : route(method.getDeclaringClass(), method);
            String verb = method == null ? httpMethod : httpMethod(method, httpMethod);
            timer = registry()
                    .timer(
                            METADATA,
                            new Tag("route", route),
                            new Tag("method", verb),
                            new Tag("status_class", statusClass + "xx"));
            byClass[statusClass - 1] = timer;
        }
        return timer;
    }

    private MetricRegistry registry() {
        if (registry == null) { // Payara's registry is produced for injection points only, not for CDI.current()
            registry = CDI.current().select(Registry.class).get().get();
        }
        return registry;
    }

    /** The application's metric registry, for the filter, which JAX-RS makes (not CDI). */
    @ApplicationScoped
    static class Registry {
        @Inject
        MetricRegistry registry;

        public MetricRegistry get() {
            return registry;
        }
    }

    /** The route as the API declares it: {@code /customers/{id}/notes}. */
    static String route(Class<?> resourceClass, Method method) {
        StringBuilder route = new StringBuilder();
        append(route, resourceClass.getAnnotation(Path.class));
        append(route, method.getAnnotation(Path.class));
        return route.length() == 0 ? "/" : route.toString();
    }

    private static void append(StringBuilder route, Path path) {
        if (path == null) {
            return;
        }
        String value = path.value().replaceAll("^/+|/+$", "").replaceAll("\\{\\s*([^:}\\s]+)\\s*:[^}]*}", "{$1}");
        if (!value.isEmpty()) {
            route.append('/').append(value);
        }
    }

    private static String httpMethod(Method method, String fallback) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return fallback;
    }
}
