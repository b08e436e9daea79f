package io.crm.rest.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.crm.rest.job.JobResource;
import io.crm.rest.search.SearchResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    @Path("/customers/{customerId}/")
    static class Nested {
        @GET
        @Path("/notes/{ id : [0-9]+ }")
        public void note() {}

        @GET
        public void list() {}
    }

    @Test
    void theRouteIsTheDeclaredTemplateWithoutSlashesDoubledOrPatterns() throws Exception {
        assertEquals(
                "/customers/{customerId}/notes/{id}",
                RequestMetrics.route(Nested.class, Nested.class.getMethod("note")));
        assertEquals("/customers/{customerId}", RequestMetrics.route(Nested.class, Nested.class.getMethod("list")));
    }

    @Test
    void theApiRoutesReadAsTheyAreDocumented() {
        assertEquals(
                "/jobs/executions/{id}/restart",
                RequestMetrics.route(JobResource.class, method(JobResource.class, "restart")));
        assertEquals("/search", RequestMetrics.route(SearchResource.class, method(SearchResource.class, "search")));
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
