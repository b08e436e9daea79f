package io.crm.platform;

import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Points the persistence unit at the domain's JDBC resource when the domain has one ({@link CrmDatabase}). The unit
 * names the CRM's own pool ({@link CrmDatabase#FALLBACK}), which it keeps where the domain has no resource.
 */
public class DatabaseSelection implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseSelection.class.getName());

    @Override
    public void customize(Session session) {
        Optional<DataSource> resource = CrmDatabase.domainResource();
        if (resource.isEmpty()) {
            return;
        }
        connect((DatabaseLogin) session.getDatasourceLogin(), resource.get());
        if (session instanceof ServerSession server) {
            ConnectionPool reads = server.getReadConnectionPool();
            if (reads != null
                    && reads.getLogin() instanceof DatabaseLogin readLogin
                    && readLogin != session.getDatasourceLogin()) {
                String name = CrmDatabase.resourceName();
                Optional<DataSource> nonTransactional = CrmDatabase.nonTransactional(name);
                if (nonTransactional.isPresent()) {
                    connect(readLogin, nonTransactional.get());
                    LOG.info(() -> "The persistence unit reads outside transactions through " + name + "__nontx");
                } else {
                    connect(readLogin, resource.get());
                    LOG.warning(() ->
                            "No non-transactional view of " + name + ": reads outside transactions use it as it is");
                }
            }
        }
    }

    private static void connect(DatabaseLogin login, DataSource dataSource) {
        login.setConnector(new JNDIConnector(dataSource));
        login.setUsesExternalConnectionPooling(true);
    }
}
