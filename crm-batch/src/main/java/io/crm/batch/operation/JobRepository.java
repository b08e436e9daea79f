package io.crm.batch.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The batch runtime's job repository, where the CRM writes what the JobOperator offers no call for: failing the
 * executions of a killed server ({@link ExecutionRecovery}) and keeping its job instances readable after a redeploy
 * ({@link #adoptInstancesOf}).
 */
@ApplicationScoped
public class JobRepository {

    static final String DEFAULT_REPOSITORY = "jdbc/__TimerPool";

    /** The batch runtime's data source (asadmin set-batch-runtime-configuration --datasourcelookupname). */
    @Inject
    @ConfigProperty(name = "crm.batch.repository", defaultValue = DEFAULT_REPOSITORY)
    String repositoryName;

    @Inject
    @ConfigProperty(name = "crm.batch.table-prefix")
    Optional<String> tablePrefix;

    @Inject
    @ConfigProperty(name = "crm.batch.table-suffix")
    Optional<String> tableSuffix;

    DataSource dataSource() throws NamingException {
        return InitialContext.doLookup(repositoryName);
    }

    String table(String name) {
        return tablePrefix.orElse("") + name + tableSuffix.orElse("");
    }

    /**
     * Whether the instances of a deployment group share the repository: Payara's default (jdbc/__TimerPool) is an
     * embedded database of each instance, where another instance's execution ids mean other executions.
     */
    boolean shared() {
        return !DEFAULT_REPOSITORY.equals(repositoryName);
    }

    /**
     * Payara's batch runtime tags each job instance with the component that started it, the deployment's id included,
     * and refuses an instance of another tag ({@code JobSecurityException}): after a redeploy, every earlier execution
     * would be out of reach. Every instance of this application gets the tag of the given execution's instance, which
     * {@link JobOperations} just started; answers how many were re-tagged.
     */
    int adoptInstancesOf(long execution) throws SQLException, NamingException {
        String application = InitialContext.doLookup("java:app/AppName");
        try (Connection db = dataSource().getConnection()) {
            String tag;
            try (PreparedStatement s = db.prepareStatement("SELECT i.apptag FROM " + table("JOBINSTANCEDATA")
                    + " i JOIN " + table("EXECUTIONINSTANCEDATA")
                    + " e ON e.jobinstanceid = i.jobinstanceid WHERE e.jobexecid = ?")) {
                s.setLong(1, execution);
                try (ResultSet r = s.executeQuery()) {
                    tag = r.next() ? r.getString(1) : null;
                }
            }
            String ours = tag == null ? null : ApplicationTag.prefix(tag, application);
            if (ours == null) {
                return 0;
            }
            try (PreparedStatement s = db.prepareStatement("UPDATE " + table("JOBINSTANCEDATA")
                    + " SET apptag = ? WHERE apptag LIKE ? ESCAPE '!' AND apptag <> ?")) {
                s.setString(1, tag);
                s.setString(2, ApplicationTag.like(ours));
                s.setString(3, tag);
                return s.executeUpdate();
            }
        }
    }
}
