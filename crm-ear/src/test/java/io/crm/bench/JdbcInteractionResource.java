package io.crm.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The baseline of the interaction benchmark: the same batch body as {@code POST /interactions/bulk}, its rows inserted
 * with one plain JDBC batch on the CRM's datasource, through the same JAX-RS stack and authentication; no checks, no
 * permissions, no idempotency, no last activity, no audit. Ids from a range of its own. Added to the REST module only
 * by the benchmark, never shipped.
 */
@Path("bench/jdbc/interactions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JdbcInteractionResource {

    private static final AtomicLong IDS =
            new AtomicLong(4_000_000_000_000L + System.nanoTime() % 1_000_000_000L * 1000);

    @Inject
    DataSource dataSource;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String insert(JsonObject body) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int n = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO interaction (id, customer_id, type, occurred_at, channel, properties, external_id,"
                                + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (JsonValue v : body.getJsonArray("items")) {
                JsonObject item = v.asJsonObject();
                s.setLong(1, IDS.incrementAndGet());
                s.setLong(2, Long.parseLong(item.getString("customerId")));
                s.setString(3, item.getString("type"));
                s.setObject(4, Instant.parse(item.getString("occurredAt")).atOffset(ZoneOffset.UTC));
                s.setString(5, item.getString("channel", null));
                JsonObject properties = item.getJsonObject("properties");
                if (properties == null) {
                    s.setNull(6, Types.VARCHAR);
                } else {
                    s.setString(6, properties.toString());
                }
                s.setString(7, item.getString("externalId", null));
                s.setObject(8, now);
                s.setString(9, "admin");
                s.addBatch();
                n++;
            }
            s.executeBatch();
            c.commit(); // one transaction for the batch, as the route's
            c.setAutoCommit(true);
        }
        return "{\"inserted\": " + n + "}";
    }
}
