package io.crm.batch.operation;

import io.crm.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every job of the CRM that operators may run and schedule, by name. Each job declares itself in its package: a class
 * beside its job XML produces its {@link JobDefinition}, and the catalog collects them.
 */
@ApplicationScoped
public class JobCatalog {

    private List<JobDefinition> jobs = List.of();

    public JobCatalog() {}

    /** A catalog of these jobs. */
    public JobCatalog(Collection<JobDefinition> jobs) {
        this.jobs =
                jobs.stream().sorted(Comparator.comparing(JobDefinition::name)).toList();
    }

    @Inject
    void collect(Instance<JobDefinition> declared) {
        jobs = new JobCatalog(declared.stream().toList()).jobs;
    }

    /** The jobs by name. */
    public List<JobDefinition> jobs() {
        return jobs;
    }

    public Optional<JobDefinition> find(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** The job with this name, or a 400 on the given field. */
    public JobDefinition require(String field, String name) {
        return find(name)
                .orElseThrow(() -> new InvalidInputException(
                        field,
                        "is not a job of the CRM: "
                                + jobs.stream().map(JobDefinition::name).toList()));
    }
}
