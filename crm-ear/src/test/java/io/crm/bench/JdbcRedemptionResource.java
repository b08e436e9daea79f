package io.crm.bench;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * The baseline of the redemption benchmark: the same body as {@code POST /customers/{id}/points/redemptions}, done as
 * plain JDBC in one transaction on the CRM's datasource, through the same JAX-RS stack and authentication: the
 * idempotency lookup, the balance changed by one conditional UPDATE, the ledger entry inserted. No permission or
 * scope check, no customer lock, no audit, no change log. Entry ids from a range of its own. Added to the REST
 * module only by the benchmark, never shipped.
 */
@Path("bench/jdbc/redemptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JdbcRedemptionResource {

    private static final AtomicLong IDS =
            new AtomicLong(5_000_000_000_000L + System.nanoTime() % 1_000_000_000L * 1000);

    @Inject
    DataSource dataSource;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response redeem(JsonObject body) throws SQLException {
        long customer = Long.parseLong(body.getString("customerId"));
        long points = body.getJsonNumber("points").longValue();
        String source = "redemption:" + body.getString("idempotencyKey");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s =
                        c.prepareStatement("SELECT id FROM points_entry WHERE customer_id = ? AND source_key = ?")) {
                    s.setLong(1, customer);
                    s.setString(2, source);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            c.rollback();
                            return Response.ok("{\"replayed\": true}").build();
                        }
                    }
                }
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                try (PreparedStatement s = c.prepareStatement("UPDATE points_account SET balance = balance - ?,"
                        + " updated_at = ? WHERE customer_id = ? AND balance - ? >= 0")) {
                    s.setLong(1, points);
                    s.setObject(2, now);
                    s.setLong(3, customer);
                    s.setLong(4, points);
                    if (s.executeUpdate() == 0) {
                        c.rollback();
                        return Response.status(409)
                                .entity("{\"title\": \"not covered\"}")
                                .build();
                    }
                }
                long after;
                try (PreparedStatement s =
                        c.prepareStatement("SELECT balance FROM points_account WHERE customer_id = ?")) {
                    s.setLong(1, customer);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        after = rs.getLong(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO points_entry (id, customer_id, kind, points, balance_after, source_key, reward,"
                                + " created_at, created_by) VALUES (?, ?, 'REDEMPTION', ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, IDS.incrementAndGet());
                    s.setLong(2, customer);
                    s.setLong(3, -points);
                    s.setLong(4, after);
                    s.setString(5, source);
                    s.setString(6, body.getString("reward", null));
                    s.setObject(7, now);
                    s.setString(8, "admin");
                    s.executeUpdate();
                }
                c.commit();
                return Response.status(201)
                        .entity("{\"balanceAfter\": " + after + "}")
                        .build();
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
