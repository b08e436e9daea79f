package io.crm.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;

/**
 * The CRM's database: the domain's JDBC resource {@value #RESOURCE}, bound to a connection pool IT manages with
 * asadmin (docs/operations.md). The persistence unit names the same resource (persistence.xml), so that Flyway, the
 * unit and every JDBC statement of the CRM use one pool, enlisted in transactions the way Payara does it for its
 * persistence units. The demo run and the tests make the resource over the embedded H2 database.
 */
@ApplicationScoped
public class CrmDatabase {

    /** The JNDI name of the domain's JDBC resource for the CRM. */
    public static final String RESOURCE = "jdbc/crm";

    @Resource(lookup = RESOURCE)
    DataSource dataSource;

    @Produces
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JNDI name of the datasource in use. */
    public String name() {
        return RESOURCE;
    }
}
