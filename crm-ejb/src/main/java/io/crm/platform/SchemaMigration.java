package io.crm.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the database schema to the version this EAR expects when the application starts, so that deploying a
 * new EAR over an existing database upgrades it in place. Migrations are versioned SQL under
 * {@code db/migration}; Flyway's lock keeps two instances starting together from migrating twice.
 *
 * <p>The datasource is defined here: the embedded H2 database by default, or whatever {@code CRM_DB_URL},
 * {@code CRM_DB_USER} and {@code CRM_DB_PASSWORD} name (environment of the server process, read at deployment).
 */
@DataSourceDefinition(
        name = SchemaMigration.DATASOURCE,
        className = "io.crm.platform.UrlDataSource",
        url = "${ENV=CRM_DB_URL:jdbc:h2:./crm-data/crm;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0}",
        user = "${ENV=CRM_DB_USER:sa}",
        password = "${ENV=CRM_DB_PASSWORD:}",
        minPoolSize = 4,
        maxPoolSize = 64,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String DATASOURCE = "java:app/jdbc/crm";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("crm_schema_history")
                .load()
                .migrate();
        LOG.info(() -> "CRM schema at version " + (result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion) + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
