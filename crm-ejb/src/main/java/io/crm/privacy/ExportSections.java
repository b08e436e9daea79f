package io.crm.privacy;

import io.crm.encryption.PiiKeys;
import jakarta.json.stream.JsonGenerator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The areas of a personal data export, each read in pages of {@value #PAGE} rows by its key (the first column) and
 * written to the document as it is read: one JSON object per row, named by its columns in camel case. Texts and ids
 * are strings, amounts strings, counts numbers, times ISO-8601 instants.
 */
final class ExportSections {

    static final int PAGE = 500;

    /** The customer's rows in each area, by the name the document gives it; the key first, then ? for the customer. */
    static final Map<String, String> BY_CUSTOMER = new LinkedHashMap<>();

    static {
        BY_CUSTOMER.put(
                "purchases",
                "SELECT id, amount, currency, occurred_at, external_id, created_at FROM purchase WHERE customer_id = ?");
        BY_CUSTOMER.put("notes", "SELECT id, author_id, text, created_at, updated_at FROM note WHERE customer_id = ?");
        BY_CUSTOMER.put(
                "followUps",
                "SELECT id, author_id, channel, content, outcome, next_step, due_at, assignee_id, status, completed_at, "
                        + "created_at, updated_at FROM follow_up WHERE customer_id = ?");
        BY_CUSTOMER.put(
                "surveyInvitations",
                "SELECT id, survey_id, channel, status, created_at, expires_at, sent_at, responded_at "
                        + "FROM survey_invitation WHERE customer_id = ?");
        BY_CUSTOMER.put(
                "surveyResponses",
                "SELECT id, survey_id, invitation_id, score, comment, channel, source, responded_at "
                        + "FROM survey_response WHERE customer_id = ?");
        BY_CUSTOMER.put(
                "tierAndStageHistory",
                "SELECT id, field, from_value, to_value, source, changed_by, changed_at FROM customer_history "
                        + "WHERE customer_id = ?");
        BY_CUSTOMER.put(
                "shares",
                "SELECT id, user_id, team_id, access, created_by, created_at FROM customer_share WHERE customer_id = ?");
        BY_CUSTOMER.put(
                "pointsEntries",
                "SELECT id, kind, points, balance_after, reason, reward, purchase_id, earned_on, created_by, created_at "
                        + "FROM points_entry WHERE customer_id = ?");
    }

    static final String CONSENT_HISTORY =
            "SELECT id, channel, granted, source, changed_by, changed_at FROM consent_change WHERE customer_id = ?";
    static final String POINTS_ACCOUNT = "SELECT balance, updated_at FROM points_account WHERE customer_id = ?";
    static final String PRIVACY = "SELECT legal_hold, hold_reason, hold_set_by, hold_set_at, erased_at, erased_by, "
            + "erasure_reason FROM customer_privacy WHERE customer_id = ?";
    static final String AUDIT_ENTRIES =
            "SELECT id, occurred_at, actor, action, entity_type, entity_id, changes, source "
                    + "FROM audit_entry WHERE (" + PersonalAudit.CONDITION + ")";

    private final Connection db;
    private final JsonGenerator json;

    ExportSections(Connection db, JsonGenerator json) {
        this.db = db;
        this.json = json;
    }

    /** An array of the customer's rows of one area, in key order. */
    void rows(String name, String sql, long customerId) throws SQLException {
        paged(name, sql, List.of(customerId));
    }

    /** The audit entries about the customer ({@link PersonalAudit}), oldest first. */
    void auditEntries(String name, long customerId) throws SQLException {
        paged(name, AUDIT_ENTRIES, PersonalAudit.parameters(customerId));
    }

    /** One row as an object, or null when there is none. */
    void single(String name, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    json.writeStartObject(name);
                    fields(rs);
                    json.writeEnd();
                } else {
                    json.writeNull(name);
                }
            }
        }
    }

    private void paged(String name, String sql, List<Object> params) throws SQLException {
        json.writeStartArray(name);
        String key = sql.substring("SELECT ".length(), sql.indexOf(','));
        String pageSql = sql + " AND " + key + " > ? ORDER BY " + key;
        long after = Long.MIN_VALUE;
        int read;
        do {
            read = 0;
            try (PreparedStatement s = db.prepareStatement(pageSql)) {
                s.setMaxRows(PAGE);
                List<Object> all = new ArrayList<>(params);
                all.add(after);
                bind(s, all);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getLong(1);
                        json.writeStartObject();
                        fields(rs);
                        json.writeEnd();
                        read++;
                    }
                }
            }
            json.flush();
        } while (read == PAGE);
        json.writeEnd();
    }

    private void fields(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String field = camelCase(md.getColumnLabel(i));
            String typeName = md.getColumnTypeName(i).toLowerCase(Locale.ROOT);
            int type = md.getColumnType(i);
            if (typeName.contains("time zone") || typeName.equals("timestamptz")) {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                write(field, t == null ? null : t.toInstant().toString());
            } else if (type == Types.DATE) {
                LocalDate d = rs.getObject(i, LocalDate.class);
                write(field, d == null ? null : d.toString());
            } else if (type == Types.BOOLEAN || type == Types.BIT) {
                boolean b = rs.getBoolean(i);
                if (rs.wasNull()) {
                    json.writeNull(field);
                } else {
                    json.write(field, b);
                }
            } else if (type == Types.INTEGER || type == Types.SMALLINT) {
                int n = rs.getInt(i);
                if (rs.wasNull()) {
                    json.writeNull(field);
                } else {
                    json.write(field, n);
                }
            } else if (type == Types.NUMERIC || type == Types.DECIMAL) {
                BigDecimal n = rs.getBigDecimal(i);
                write(field, n == null ? null : n.toPlainString());
            } else if (type == Types.BIGINT && !field.equals("id") && !field.endsWith("Id")) {
                long n = rs.getLong(i);
                if (rs.wasNull()) {
                    json.writeNull(field);
                } else {
                    json.write(field, n);
                }
            } else {
                write(field, PiiKeys.ring().open(rs.getString(i)));
            }
        }
    }

    private void write(String field, String value) {
        if (value == null) {
            json.writeNull(field);
        } else {
            json.write(field, value);
        }
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
    }

    /** {@code next_step} → {@code nextStep}, whatever the case the database reports its labels in. */
    static String camelCase(String label) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : label.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
