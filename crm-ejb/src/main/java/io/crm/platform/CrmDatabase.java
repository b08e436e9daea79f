package io.crm.platform;

import io.crm.common.ConcurrentWrites;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Hashtable;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The CRM's database. IT gives it the domain's own JDBC resource, bound to a connection pool they manage with
 * asadmin, under the name {@code crm.db.resource} ({@code CRM_DB_RESOURCE}, default {@code jdbc/crm}). Where the
 * domain has no resource of that name (the demo run, a quick start), the CRM uses the pool it defines itself from
 * {@code CRM_DB_URL}, {@code CRM_DB_USER} and {@code CRM_DB_PASSWORD} ({@link #FALLBACK}). Flyway, the persistence
 * unit ({@link DatabaseSelection}) and every JDBC statement of the CRM use the one chosen here.
 */
@ApplicationScoped
public class CrmDatabase {

    /** The pool the CRM defines from the URL variables, used where the domain has no resource for it. */
    public static final String FALLBACK = "java:app/jdbc/crm";

    public static final String RESOURCE_PROPERTY = "crm.db.resource";
    static final String DEFAULT_RESOURCE = "jdbc/crm";
    /**
     * How Payara is asked for the same resource without transaction enlistment ({@code jdbc/crm__nontx}), which it
     * gives the persistence units it deploys for their reads outside transactions: the name without the suffix, the
     * suffix in the context's environment.
     */
    private static final String SUFFIX_PROPERTY = "com.sun.enterprise.connectors.jndisuffix";

    private static final String NON_TRANSACTIONAL = "__nontx";
    private static final Logger LOG = Logger.getLogger(CrmDatabase.class.getName());

    private String name;
    private DataSource dataSource;

    @PostConstruct
    void choose() {
        Optional<DataSource> resource = domainResource();
        name = resource.isPresent() ? resourceName() : FALLBACK;
        try {
            dataSource = resource.isPresent() ? resource.get() : (DataSource) new InitialContext().lookup(FALLBACK);
        } catch (NamingException e) {
            throw new IllegalStateException("The CRM's own pool " + FALLBACK + " is not defined", e);
        }
    }

    @Produces
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JNDI name of the datasource in use: the domain's resource, or {@link #FALLBACK}. */
    public String name() {
        return name;
    }

    /** The name IT binds the CRM's resource to in the domain. */
    static String resourceName() {
        try {
            return ConfigProvider.getConfig()
                    .getOptionalValue(RESOURCE_PROPERTY, String.class)
                    .filter(s -> !s.isBlank())
                    .orElse(DEFAULT_RESOURCE)
                    .strip();
        } catch (IllegalStateException e) {
            return DEFAULT_RESOURCE;
        }
    }

    /** The domain's resource for the CRM, if the domain has one. */
    static Optional<DataSource> domainResource() {
        String resource = resourceName();
        try {
            Object found = new InitialContext().lookup(resource);
            if (found instanceof DataSource ds) {
                LOG.info(() -> "The CRM's database is the domain's JDBC resource " + resource);
                return Optional.of(ds);
            }
            throw new IllegalStateException("The domain's resource " + resource + " is not a JDBC resource but "
                    + found.getClass().getName());
        } catch (NamingException e) {
            // Payara says "Lookup failed for 'jdbc/crm'", caused by the name not found
            if (ConcurrentWrites.anyCause(e, NameNotFoundException.class::isInstance)) {
                LOG.info(() -> "The domain has no JDBC resource " + resource
                        + ": the CRM's database is the one of CRM_DB_URL");
                return Optional.empty();
            }
            throw new IllegalStateException("The domain's JDBC resource " + resource + " cannot be looked up", e);
        }
    }

    /** The domain's resource without transaction enlistment, for reads outside transactions; empty if Payara has none. */
    static Optional<DataSource> nonTransactional(String resource) {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(SUFFIX_PROPERTY, NON_TRANSACTIONAL);
        try {
            Object found = new InitialContext(environment).lookup(resource);
            return found instanceof DataSource ds ? Optional.of(ds) : Optional.empty();
        } catch (NamingException e) {
            return Optional.empty();
        }
    }
}
