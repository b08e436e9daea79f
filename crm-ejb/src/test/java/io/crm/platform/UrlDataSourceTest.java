package io.crm.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The datasource behind the CRM's pool: the driver found by the URL, and batches of inserts sent as one statement. */
class UrlDataSourceTest {

    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void findsTheDriverByTheUrl() throws SQLException {
        try (Connection c = dataSource("jdbc:h2:mem:urlds", "sa").getConnection()) {
            assertEquals("H2", c.getMetaData().getDatabaseProductName());
        }
    }

    @Test
    void refusesADatabaseItShipsNoDriverFor() {
        UrlDataSource mysql = dataSource("jdbc:mysql://localhost/crm", "root");
        SQLException e = assertThrows(SQLException.class, mysql::getConnection);
        assertTrue(e.getMessage().contains("mysql"), e.getMessage());
    }

    @Test
    void batchesOfInsertsBecomeMultiRowStatementsOnPostgreSql() throws SQLException {
        // the driver answers a rewritten batch with SUCCESS_NO_INFO for each row, a batch sent row by row with 1
        int[] rewritten = new int[4];
        Arrays.fill(rewritten, Statement.SUCCESS_NO_INFO);
        assertArrayEquals(rewritten, insertFourRows(PG));
    }

    @Test
    void theUrlMayTurnMultiRowInsertsOff() throws SQLException {
        assertArrayEquals(new int[] {1, 1, 1, 1}, insertFourRows(PG + "?reWriteBatchedInserts=false"));
    }

    private static int[] insertFourRows(String url) throws SQLException {
        Connection c;
        try {
            c = dataSource(url, "postgres").getConnection();
        } catch (SQLException e) {
            Assumptions.abort("no PostgreSQL on 127.0.0.1:5432: " + e.getMessage());
            return null;
        }
        try (c;
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE url_ds_batch (n int)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO url_ds_batch (n) VALUES (?)")) {
                for (int n = 0; n < 4; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                try (var rs = s.executeQuery("SELECT count(*) FROM url_ds_batch")) {
                    rs.next();
                    assertEquals(4, rs.getInt(1), "rows written by " + Arrays.toString(counts));
                }
                return counts;
            }
        }
    }

    private static UrlDataSource dataSource(String url, String user) {
        UrlDataSource dataSource = new UrlDataSource();
        dataSource.setUrl(url);
        dataSource.setUser(user);
        return dataSource;
    }
}
