package io.crm.bench;

import io.crm.audit.ReadAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The baseline of the customer read benchmark: the same reads as {@code GET /customers/{id}} and
 * {@code GET /customers} (the customer row joined with its tags; a page of rows, then their tags in one query), done with
 * plain JDBC on the CRM's own datasource, answered through the same JAX-RS stack and authentication. With
 * {@code audited=true} it also hands the CRM's audit trail the same read entries as the CRM's own reads (one per
 * customer shown), so that the two paths do the same work. Added to the REST module only by the benchmark, never
 * shipped.
 */
@Path("bench/jdbc/customers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class JdbcCustomerReadResource {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String COLUMNS = "id, version, type, name, phones, emails, wechat_id, gender, birthday, "
            + "occupation, region, city, source, consent_email, consent_sms, consent_wechat, consent_phone, owner_id, "
            + "team_id, tier, manual_tier, lifecycle_stage, rfm_recency, rfm_frequency, rfm_monetary, last_purchase_at, "
            + "purchase_count, total_spend, created_at, updated_at";

    @Inject
    DataSource dataSource;

    @Inject
    ReadAudit readAudit;

    @Context
    SecurityContext security;

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id, @QueryParam("audited") boolean audited) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement row = c.prepareStatement("SELECT " + COLUMNS + ", t.tag FROM customer "
                        + "LEFT JOIN customer_tag t ON t.customer_id = customer.id WHERE id = ?")) {
            row.setLong(1, id);
            try (ResultSet rs = row.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException();
                }
                JsonObjectBuilder customer = customer(rs);
                long version = rs.getLong("version");
                TreeSet<String> tags = new TreeSet<>();
                do {
                    if (rs.getString("tag") != null) {
                        tags.add(rs.getString("tag"));
                    }
                } while (rs.next());
                customer.add("tags", JSON.createArrayBuilder(tags));
                if (audited) {
                    readAudit.record(security.getUserPrincipal().getName(), "customer", Long.toString(id));
                }
                return Response.ok(customer.build())
                        .tag(new EntityTag(Long.toString(version)))
                        .build();
            }
        }
    }

    @GET
    public JsonObject list(
            @QueryParam("after") long after, @QueryParam("limit") int limit, @QueryParam("audited") boolean audited)
            throws SQLException {
        int size = limit <= 0 ? 50 : limit;
        try (Connection c = dataSource.getConnection();
                PreparedStatement page = c.prepareStatement(
                        "SELECT " + COLUMNS + " FROM customer WHERE id > ? ORDER BY id LIMIT " + (size + 1))) {
            page.setLong(1, after);
            List<Long> ids = new ArrayList<>();
            Map<Long, JsonObjectBuilder> rows = new LinkedHashMap<>();
            try (ResultSet rs = page.executeQuery()) {
                while (rs.next() && rows.size() < size) {
                    long id = rs.getLong("id");
                    ids.add(id);
                    rows.put(id, customer(rs));
                }
            }
            Map<Long, JsonArrayBuilder> tags = tags(c, ids);
            if (audited) {
                readAudit.record(
                        security.getUserPrincipal().getName(),
                        "customer",
                        ids.stream().map(String::valueOf).toList());
            }
            JsonArrayBuilder items = JSON.createArrayBuilder();
            rows.forEach((id, b) -> items.add(b.add("tags", tags.getOrDefault(id, JSON.createArrayBuilder()))));
            JsonObjectBuilder result = JSON.createObjectBuilder().add("items", items);
            if (ids.size() == size) {
                result.add("next", Long.toString(ids.get(ids.size() - 1)));
            } else {
                result.addNull("next");
            }
            return result.build();
        }
    }

    private static Map<Long, JsonArrayBuilder> tags(Connection c, List<Long> ids) throws SQLException {
        Map<Long, TreeSet<String>> byCustomer = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            String in = String.join(",", ids.stream().map(x -> "?").toList());
            try (PreparedStatement s =
                    c.prepareStatement("SELECT customer_id, tag FROM customer_tag WHERE customer_id IN (" + in + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    s.setLong(i + 1, ids.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        byCustomer
                                .computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                                .add(rs.getString(2));
                    }
                }
            }
        }
        Map<Long, JsonArrayBuilder> result = new LinkedHashMap<>();
        byCustomer.forEach((id, set) -> result.put(id, JSON.createArrayBuilder(set)));
        return result;
    }

    private static JsonObjectBuilder customer(ResultSet rs) throws SQLException {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("id", Long.toString(rs.getLong("id")))
                .add("type", rs.getString("type"))
                .add("name", rs.getString("name"));
        b.add("phones", list(rs.getString("phones")));
        b.add("emails", list(rs.getString("emails")));
        text(b, "wechatId", rs.getString("wechat_id"));
        text(b, "gender", rs.getString("gender"));
        text(
                b,
                "birthday",
                rs.getDate("birthday") == null
                        ? null
                        : rs.getDate("birthday").toLocalDate().toString());
        text(b, "occupation", rs.getString("occupation"));
        text(b, "region", rs.getString("region"));
        text(b, "city", rs.getString("city"));
        text(b, "source", rs.getString("source"));
        JsonObjectBuilder consents = JSON.createObjectBuilder();
        for (String channel : new String[] {"email", "sms", "wechat", "phone"}) {
            boolean value = rs.getBoolean("consent_" + channel);
            if (!rs.wasNull()) {
                consents.add(channel.toUpperCase(), value);
            }
        }
        b.add("consents", consents);
        b.add("ownerId", rs.getString("owner_id"));
        text(b, "teamId", rs.getString("team_id"));
        b.add("tier", rs.getString("tier"))
                .add("tierSetByHand", rs.getString("manual_tier") != null)
                .add("lifecycleStage", rs.getString("lifecycle_stage"));
        JsonObjectBuilder rfm = JSON.createObjectBuilder();
        for (String score : new String[] {"recency", "frequency", "monetary"}) {
            int value = rs.getInt("rfm_" + score);
            if (!rs.wasNull()) {
                rfm.add(score, value);
            }
        }
        Timestamp last = rs.getTimestamp("last_purchase_at");
        if (last != null) {
            rfm.add("lastPurchaseAt", last.toInstant().toString());
        }
        BigDecimal spend = rs.getBigDecimal("total_spend");
        rfm.add("purchaseCount", rs.getInt("purchase_count"))
                .add(
                        "totalSpend",
                        spend.setScale(Math.max(2, spend.stripTrailingZeros().scale()))
                                .toPlainString());
        b.add("rfm", rfm).add("piiMasked", false);
        b.add("createdAt", rs.getTimestamp("created_at").toInstant().toString());
        b.add("updatedAt", rs.getTimestamp("updated_at").toInstant().toString());
        return b;
    }

    private static JsonArrayBuilder list(String column) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        if (column != null && !column.isEmpty()) {
            for (String v : column.split("\n")) {
                a.add(v);
            }
        }
        return a;
    }

    private static void text(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
