package io.crm.common;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases tests migrate without a server: an H2 in memory, or a schema of its own in the PostgreSQL of
 * 127.0.0.1:5432 (database test, user postgres, no password).
 */
public final class TestDatabases {

    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "postgres";
    public static final String H2_USER = "sa";

    private TestDatabases() {}

    /** The URL of an empty schema of that name, made anew; the test is skipped when no PostgreSQL answers. */
    public static String freshPostgresSchema(String schema) {
        try (Connection db = DriverManager.getConnection(POSTGRES, POSTGRES_USER, "");
                Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL on 127.0.0.1:5432: " + e.getMessage());
        }
        return POSTGRES + "?currentSchema=" + schema;
    }

    /**
     * Migrates to {@code target} ("latest" for all) as the server does: the migrations of every database, and on
     * PostgreSQL (a {@code schema} given) those of PostgreSQL alone too.
     */
    public static void migrate(String url, String schema, String target) {
        TestKeys.install();
        var config = Flyway.configure()
                .dataSource(url, schema == null ? H2_USER : POSTGRES_USER, "")
                .target(target);
        if (schema == null) {
            config.locations("classpath:db/migration");
        } else {
            config.locations("classpath:db/migration", "classpath:db/postgresql")
                    .schemas(schema);
        }
        config.load().migrate();
    }

    /** A database migrated to the latest version, and its login. */
    public record Migrated(String url, String user) {}

    /**
     * {@code db} "h2": an H2 in memory named {@code name}; otherwise a fresh PostgreSQL schema of that name; either
     * migrated to the latest version.
     */
    public static Migrated latest(String db, String name) {
        if (db.equals("h2")) {
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            migrate(url, null, "latest");
            return new Migrated(url, H2_USER);
        }
        String url = freshPostgresSchema(name);
        migrate(url, name, "latest");
        return new Migrated(url, POSTGRES_USER);
    }
}
