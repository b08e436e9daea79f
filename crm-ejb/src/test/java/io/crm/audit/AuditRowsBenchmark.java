package io.crm.audit;

import io.crm.common.TestDatabases;
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
import org.junit.jupiter.api.Test;

/**
 * How fast the read entries of the audit trail go into PostgreSQL, in records read per second: COPY against a JDBC
 * batch of single-row inserts, one row per record, and COPY of entries that name 50 records each, into the table the
 * migrations make, in turns. Those entries come as list pages in id order (50 neighbours, one or two keys in the GIN
 * index) and as search hits (50 ids anywhere, up to 50 keys); their rounds include merging the GIN index's pending
 * list, which the database would otherwise do later. A benchmark, not a test: Surefire does not run it by
 * its name. {@code ./mvnw -pl crm-ejb test -Dtest=AuditRowsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (PostgreSQL on 127.0.0.1:5432, database test; {@code -Dbench.entries=} per round, default 100000).
 */
class AuditRowsBenchmark {

    private static final String SCHEMA = "crm_audit_bench";
    private static final int ENTRIES = Integer.getInteger("bench.entries", 100_000);
    private static final int CHUNK = 1_000;
    private static final int ROUNDS = 5;
    private static final int PAGE = 50;

    @Test
    void copyAgainstBatch() throws Exception {
        String url = TestDatabases.freshPostgresSchema(SCHEMA);
        TestDatabases.migrate(url, SCHEMA, "latest");
        List<Double> copy = new ArrayList<>();
        List<Double> batch = new ArrayList<>();
        List<Double> pages = new ArrayList<>();
        List<Double> hits = new ArrayList<>();
        long[] nextId = {1};
        try (Connection db = DriverManager.getConnection(url, TestDatabases.POSTGRES_USER, "")) {
            db.setAutoCommit(false);
            for (int round = 0; round < ROUNDS; round++) {
                batch.add(recordsPerSecond(db, nextId, AuditRows::insert, 1, false));
                copy.add(recordsPerSecond(db, nextId, AuditRows::copy, 1, false));
                pages.add(recordsPerSecond(db, nextId, AuditRows::copy, PAGE, true));
                hits.add(recordsPerSecond(db, nextId, AuditRows::copy, PAGE, false));
            }
        }
        String report = String.format(
                Locale.ROOT,
                "Audit trail of reads into PostgreSQL, %d records read per round, %d rounds "
                        + "each, median records/s: a row each by JDBC batch %.0f, by COPY %.0f (%.2fx); entries of %d records "
                        + "by COPY, list pages in id order %.0f (%.1fx the COPY of a row each), search hits %.0f (%.1fx); every "
                        + "round: batch %s, COPY %s, pages %s, hits %s%n",
                ENTRIES,
                ROUNDS,
                median(batch),
                median(copy),
                median(copy) / median(batch),
                PAGE,
                median(pages),
                median(pages) / median(copy),
                median(hits),
                median(hits) / median(copy),
                rounded(batch),
                rounded(copy),
                rounded(pages),
                rounded(hits));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "audit-rows.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private interface Writer {
        void write(Connection connection, List<AuditEntry> chunk, long[] ids) throws SQLException;
    }

    /**
     * Writes ENTRIES records read, {@code perEntry} to an entry, consecutive ids or anywhere among 100,000, and answers
     * how many records a second that made.
     */
    private static double recordsPerSecond(
            Connection db, long[] nextId, Writer writer, int perEntry, boolean consecutive) throws SQLException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<AuditEntry> entries = new ArrayList<>(ENTRIES / perEntry);
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < ENTRIES; i += perEntry) {
            List<String> records = new ArrayList<>(perEntry);
            long first = 10_000_000L + random.nextInt(100_000);
            for (int r = 0; r < perEntry; r++) {
                records.add(Long.toString(consecutive ? first + r : 10_000_000L + random.nextInt(100_000)));
            }
            entries.add(AuditEntry.readOf(now, "sales" + (i % 4), "customer", records, "127.0.0.1 request r" + i / 50));
        }
        long start = System.nanoTime();
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            long[] ids = new long[chunk.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = nextId[0]++;
            }
            writer.write(db, chunk, ids);
        }
        if (perEntry > 1) {
            try (Statement s = db.createStatement()) {
                s.execute("SELECT gin_clean_pending_list('audit_entry_entity_id_blocks_idx')");
            }
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
