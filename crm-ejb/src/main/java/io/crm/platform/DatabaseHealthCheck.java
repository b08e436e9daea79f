package io.crm.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the CRM's database answers and its schema has been migrated to this version. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck extends DetailedHealthCheck {

    @Inject
    CrmDatabase database;

    @Inject
    SchemaMigration migration;

    public DatabaseHealthCheck() {
        super("crm-database");
    }

    @Override
    public HealthCheckResponse details() {
        long start = System.nanoTime();
        try (Connection connection = database.dataSource().getConnection()) {
            boolean valid = connection.isValid(2);
            String schemaVersion = migration.version().orElse("");
            return HealthCheckResponse.named(name())
                    .status(valid && !schemaVersion.isEmpty())
                    .withData("schemaVersion", schemaVersion)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("resource", database.name())
                    .withData("responseMillis", (System.nanoTime() - start) / 1_000_000)
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(name())
                    .down()
                    .withData("error", e.getMessage())
                    .build();
        }
    }
}
