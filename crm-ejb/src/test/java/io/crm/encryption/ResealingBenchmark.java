package io.crm.encryption;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the pii-key-rotation job's work costs against a plain UPDATE loop over the same rows: customers with four sealed
 * columns on PostgreSQL, re-sealed under a new key chunk by chunk as the job does ({@link Resealing}: read, open, seal,
 * compare-and-set), against batches of {@code UPDATE … SET … WHERE id = ?} writing values made beforehand. Run it with
 * {@code -Dbench.resealing=true}; docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "bench.resealing", matches = "true")
class ResealingBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 50_000);
    private static final int CHUNK = Integer.getInteger("bench.chunk", 500);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String URL = System.getProperty(
            "bench.db.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=crm_bench_reseal");
    private static final String K1 = KeyRing.newKey();
    private static final String K2 = KeyRing.newKey();
    private static final String BLIND = KeyRing.newKey();

    @Test
    void resealingAgainstAPlainUpdateLoop() throws Exception {
        List<String> report = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL.replace("&currentSchema=crm_bench_reseal", ""))) {
            exec(db, "DROP SCHEMA IF EXISTS crm_bench_reseal CASCADE");
            exec(db, "CREATE SCHEMA crm_bench_reseal");
        }
        try (Connection db = DriverManager.getConnection(URL)) {
            exec(
                    db,
                    "CREATE TABLE customer (id BIGINT PRIMARY KEY, phones TEXT, emails TEXT, wechat_id TEXT,"
                            + " birthday TEXT, addresses TEXT)");
            KeyRing first = KeyRing.of("k1:" + K1, "k1", BLIND);
            KeyRing second = KeyRing.of("k1:" + K1 + ",k2:" + K2, "k2", BLIND);
            for (int round = 1; round <= ROUNDS; round++) {
                fill(db, round % 2 == 1 ? first : second);
                KeyRing to = KeyRing.of("k1:" + K1 + ",k2:" + K2, round % 2 == 1 ? "k2" : "k1", BLIND);
                double resealed = reseal(db, to);
                double plain = plainUpdates(db, to);
                report.add(String.format(
                        Locale.ROOT,
                        "round %d: %d customers, 4 sealed values each; re-sealing %.0f values/s, plain UPDATE loop"
                                + " %.0f values/s: %.2f",
                        round,
                        ROWS,
                        resealed,
                        plain,
                        resealed / plain));
            }
        }
        report.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", "resealing.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    private static void fill(Connection db, KeyRing ring) throws SQLException {
        exec(db, "TRUNCATE customer");
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO customer VALUES (?, ?, ?, ?, ?, NULL)")) {
            for (int i = 1; i <= ROWS; i++) {
                insert.setLong(1, i);
                insert.setString(2, ring.seal("[\"+86138" + String.format(Locale.ROOT, "%08d", i) + "\"]"));
                insert.setString(3, ring.seal("[\"customer" + i + "@example.com\"]"));
                insert.setString(4, ring.seal("wx" + i));
                insert.setString(5, ring.seal("1980-01-" + (10 + i % 19)));
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        exec(db, "ANALYZE customer");
    }

    /** Values per second, the job's way: ids in order, a transaction per chunk. */
    private static double reseal(Connection db, KeyRing to) throws SQLException {
        long start = System.nanoTime();
        int values = 0;
        db.setAutoCommit(false);
        long after = 0;
        List<Long> ids;
        while (!(ids = Resealing.ids(db, SealedTable.CUSTOMER, after, CHUNK)).isEmpty()) {
            values += Resealing.reseal(db, SealedTable.CUSTOMER, ids, to);
            db.commit();
            after = ids.get(ids.size() - 1);
        }
        db.setAutoCommit(true);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(4 * ROWS, values, "every value re-sealed once");
        return values / seconds;
    }

    /** Values per second of the same rows' columns written with values made beforehand, a batch per chunk. */
    private static double plainUpdates(Connection db, KeyRing ring) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT phones, emails, wechat_id, birthday FROM customer ORDER BY id")) {
            while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
            }
        }
        long start = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE customer SET phones = ?, emails = ?, wechat_id = ?, birthday = ? WHERE id = ?")) {
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < 4; c++) {
                    update.setString(c + 1, rows.get(i)[c]);
                }
                update.setLong(5, i + 1);
                update.addBatch();
                if ((i + 1) % CHUNK == 0) {
                    update.executeBatch();
                    db.commit();
                }
            }
            update.executeBatch();
            db.commit();
        }
        db.setAutoCommit(true);
        return 4.0 * rows.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
