package io.crm.it.faults;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Added to the REST module by the tests that need a change this instance is not told about: what a transaction of
 * another instance of the cluster commits. It rewrites a note and writes its outbox row in one transaction, straight
 * through JDBC, so that only the log can bring the change to this instance's index.
 */
@Path("test/another-instance/notes/{id}")
@ApplicationScoped
public class AnotherInstanceWrites {

    @Inject
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @POST
    public void rewrite(@PathParam("id") long id, @QueryParam("text") String text) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        transaction.begin();
        boolean written = false;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE note SET text = ?, version = version + 1, updated_at = ? WHERE id = ?")) {
                update.setString(1, text);
                update.setTimestamp(2, now);
                update.setLong(3, id);
                if (update.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no note " + id);
                }
            }
            try (PreparedStatement event = c.prepareStatement(
                    "INSERT INTO index_event (id, entity_type, entity_id, created_at) VALUES (?, 'NOTE', ?, ?)")) {
                event.setLong(1, nextEventId(c));
                event.setLong(2, id);
                event.setTimestamp(3, now);
                event.executeUpdate();
            }
            written = true;
        } finally {
            if (written) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        }
    }

    /** The last id of a block of the sequence, as the persistence unit would take it (it allocates 50 at a time). */
    private static long nextEventId(Connection c) throws Exception {
        String next = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                ? "SELECT nextval('index_event_seq')"
                : "SELECT NEXT VALUE FOR index_event_seq";
        try (PreparedStatement select = c.prepareStatement(next);
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
