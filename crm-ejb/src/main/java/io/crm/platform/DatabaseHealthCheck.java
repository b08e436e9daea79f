package io.crm.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only while the CRM's database answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck extends DetailedHealthCheck {

    @Resource(lookup = SchemaMigration.DATASOURCE)
    DataSource dataSource;

    public DatabaseHealthCheck() {
        super("crm-database");
    }

    @Override
    public HealthCheckResponse details() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named(name())
                    .status(valid)
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .withData("responseMillis", (System.nanoTime() - start) / 1_000_000)
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(name()).down().withData("error", e.getMessage()).build();
        }
    }
}
