package io.crm.platform;

import io.crm.encryption.PiiKeys;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this EAR expects when the application starts, so that deploying a
 * new EAR over an existing database upgrades it in place. Migrations are versioned SQL under
 * {@code db/migration}, and under {@code db/postgresql} those for PostgreSQL alone (indexes other databases lack);
 * Flyway's lock keeps two instances starting together from migrating twice.
 *
 * <p>The migrations run over the domain's JDBC resource {@link CrmDatabase#RESOURCE}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    /** Databases with migrations of their own, in {@code db/<name>} (the product name in lower case). */
    private static final Set<String> VENDOR_FOLDERS = Set.of("postgresql");

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    CrmDatabase database;

    private DataSource dataSource;
    private volatile String version;

    @PostConstruct
    void migrate() {
        PiiKeys.ring(); // without the keys of personal data the deployment stops here, before any read or write
        dataSource = database.dataSource();
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations(locations())
                .table("crm_schema_history")
                .load()
                .migrate();
        String now = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "CRM schema at version " + now + " (" + result.migrationsExecuted
                + " migrations applied now, over " + database.name() + ")");
        version = now;
    }

    /** The schema version the migrations brought the database to; empty until they are done. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The migrations of every database, and those of this database alone if it has any. */
    private String[] locations() {
        try (Connection connection = dataSource.getConnection()) {
            String vendor = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return VENDOR_FOLDERS.contains(vendor)
                    ? new String[] {"classpath:db/migration", "classpath:db/" + vendor}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("The CRM's database cannot be reached to migrate its schema", e);
        }
    }
}
