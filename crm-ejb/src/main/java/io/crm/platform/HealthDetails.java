package io.crm.platform;

import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** The readiness checks with their figures, for operators (job:operate). */
@ApplicationScoped
public class HealthDetails {

    @Inject
    CurrentCaller currentCaller;

    /** Each check's answer with its figures, by name. */
    @Requires(Permission.JOB_OPERATE)
    public List<HealthCheckResponse> of(Iterable<DetailedHealthCheck> checks) {
        List<HealthCheckResponse> answers = new ArrayList<>();
        for (DetailedHealthCheck check : checks) {
            try {
                answers.add(check.details());
            } catch (RuntimeException e) {
                answers.add(HealthCheckResponse.named(check.name())
                        .down()
                        .withData("error", String.valueOf(e))
                        .build());
            }
        }
        answers.sort(Comparator.comparing(HealthCheckResponse::getName));
        return answers;
    }
}
