package io.crm.audit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How fast the read entries of the audit trail go into PostgreSQL: COPY against a JDBC batch of single-row inserts,
 * into the table the migrations make (four indexes), in turns. A benchmark, not a test: Surefire does not run it by
 * its name. {@code ./mvnw -pl crm-ejb test -Dtest=AuditRowsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (PostgreSQL on 127.0.0.1:5432, database test; {@code -Dbench.entries=} per round, default 100000).
 */
class AuditRowsBenchmark {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "crm_audit_bench";
    private static final int ENTRIES = Integer.getInteger("bench.entries", 100_000);
    private static final int CHUNK = 1_000;
    private static final int ROUNDS = 5;

    @Test
    void copyAgainstBatch() throws Exception {
        try (Connection db = DriverManager.getConnection(PG, "postgres", ""); Statement s = db.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        Flyway.configure().dataSource(PG, "postgres", "").schemas(SCHEMA).locations("classpath:db/migration").load().migrate();
        List<Double> copy = new ArrayList<>();
        List<Double> batch = new ArrayList<>();
        long[] nextId = {1};
        try (Connection db = DriverManager.getConnection(PG + "?currentSchema=" + SCHEMA, "postgres", "")) {
            db.setAutoCommit(false);
            for (int round = 0; round < ROUNDS; round++) {
                batch.add(rowsPerSecond(db, nextId, AuditRows::insert));
                copy.add(rowsPerSecond(db, nextId, AuditRows::copy));
            }
        }
        String report = String.format(Locale.ROOT, "Audit trail rows into PostgreSQL, %d entries per round, %d rounds each, "
                        + "median rows/s: JDBC batch %.0f, COPY %.0f (%.2fx); every round: batch %s, COPY %s%n",
                ENTRIES, ROUNDS, median(batch), median(copy), median(copy) / median(batch), rounded(batch), rounded(copy));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "audit-rows.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private interface Writer {
        void write(Connection connection, List<AuditEntry> chunk, long[] ids) throws SQLException;
    }

    private static double rowsPerSecond(Connection db, long[] nextId, Writer writer) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<AuditEntry> entries = new ArrayList<>(ENTRIES);
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < ENTRIES; i++) {
            entries.add(new AuditEntry(now, "sales" + (i % 4), AuditAction.READ_PII, "customer",
                    Long.toString(10_000_000L + random.nextInt(100_000)), null, "127.0.0.1 request r" + i / 50));
        }
        long start = System.nanoTime();
        for (int from = 0; from < ENTRIES; from += CHUNK) {
            List<AuditEntry> chunk = entries.subList(from, Math.min(ENTRIES, from + CHUNK));
            long[] ids = new long[chunk.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = nextId[0]++;
            }
            writer.write(db, chunk, ids);
        }
        db.commit();
        return ENTRIES / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
