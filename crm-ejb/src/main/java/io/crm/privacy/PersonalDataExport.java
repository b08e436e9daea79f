package io.crm.privacy;

import io.crm.audit.AuditAction;
import io.crm.audit.AuditTrail;
import io.crm.common.Times;
import io.crm.customer.Address;
import io.crm.customer.ConsentChannel;
import io.crm.customer.Consents;
import io.crm.customer.Customer;
import io.crm.customer.CustomerData;
import io.crm.customer.Customers;
import io.crm.customer.Rfm;
import io.crm.customfield.CustomFieldSet;
import io.crm.customfield.CustomValueStore;
import io.crm.customfield.CustomValues;
import io.crm.permission.CurrentCaller;
import io.crm.permission.Permission;
import io.crm.permission.Requires;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Everything the CRM holds about one person, as one JSON document written while it is read: each area of the
 * customer's records page by page ({@link ExportSections}), so that a customer with a hundred thousand notes needs a
 * page of them in memory, not all. Needs privacy:export and a customer the caller may read; recorded in the audit
 * trail before the first byte is written.
 */
@Stateless
public class PersonalDataExport {

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DataSource dataSource;

    @Inject
    AuditTrail audit;

    /** Checks the caller and the customer (404, 403 before anything is written) and records the export. */
    @Requires(Permission.PRIVACY_EXPORT)
    public void begin(long customerId) {
        Customers.visibleForReading(em, currentCaller.get(), customerId);
        audit.recordWrite(
                currentCaller.get().userId(), AuditAction.EXPORT, "customer", Long.toString(customerId), null);
    }

    /** Writes the document; {@link #begin} came first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @Requires(Permission.PRIVACY_EXPORT)
    public void write(long customerId, OutputStream out) {
        Customer customer = Customers.visibleForReading(em, currentCaller.get(), customerId);
        try (Connection db = dataSource.getConnection();
                JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.write("customerId", Long.toString(customerId));
            json.write("exportedAt", Times.now().toInstant().toString());
            json.write("exportedBy", currentCaller.get().userId());
            writeCustomer(json, customer);
            writeCustom(json, customer.id());
            ExportSections sections = new ExportSections(db, json);
            json.writeStartObject("consents");
            writeConsentState(json, customer.consents());
            sections.rows("history", ExportSections.CONSENT_HISTORY, customerId);
            json.writeEnd();
            for (Map.Entry<String, String> section : ExportSections.BY_CUSTOMER.entrySet()) {
                sections.rows(section.getKey(), section.getValue(), customerId);
            }
            sections.single("pointsAccount", ExportSections.POINTS_ACCOUNT, List.of(customerId));
            sections.single("privacy", ExportSections.PRIVACY, List.of(customerId));
            sections.auditEntries("auditEntries", customerId);
            json.writeEnd();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading customer " + customerId + " for its export failed: " + e, e);
        }
    }

    private static void writeCustomer(JsonGenerator json, Customer customer) {
        CustomerData d = customer.data();
        Rfm rfm = customer.rfm();
        json.writeStartObject("customer");
        json.write("id", Long.toString(customer.id()));
        json.write("type", d.type().name());
        json.write("name", d.name());
        optional(json, "gender", d.gender() == null ? null : d.gender().name());
        optional(json, "birthday", d.birthday() == null ? null : d.birthday().toString());
        optional(json, "occupation", d.occupation());
        optional(json, "region", d.region());
        optional(json, "city", d.city());
        optional(json, "source", d.source() == null ? null : d.source().name());
        json.write("ownerId", d.ownerId());
        optional(json, "teamId", d.teamId());
        json.write("tier", customer.tier().name());
        json.write("tierSetByHand", customer.tierSetByHand());
        json.write("lifecycleStage", customer.lifecycleStage().name());
        json.write("purchaseCount", rfm.purchaseCount());
        json.write("totalSpend", rfm.totalSpend().toPlainString());
        optional(
                json,
                "lastPurchaseAt",
                rfm.lastPurchaseAt() == null
                        ? null
                        : rfm.lastPurchaseAt().toInstant().toString());
        json.write("createdAt", customer.createdAt().toInstant().toString());
        json.write("updatedAt", customer.updatedAt().toInstant().toString());
        json.writeEnd();
        json.writeStartObject("contactPoints");
        json.writeStartArray("phones");
        d.phones().forEach(json::write);
        json.writeEnd();
        json.writeStartArray("emails");
        d.emails().forEach(json::write);
        json.writeEnd();
        optional(json, "wechatId", d.wechatId());
        json.writeStartArray("addresses");
        for (Address a : d.addresses()) {
            json.writeStartObject();
            optional(json, "kind", a.kind() == null ? null : a.kind().name());
            json.write("country", a.country());
            optional(json, "province", a.province());
            optional(json, "city", a.city());
            optional(json, "district", a.district());
            optional(json, "street", a.street());
            optional(json, "postalCode", a.postalCode());
            json.writeEnd();
        }
        json.writeEnd();
        json.writeEnd();
        json.writeStartArray("tags");
        d.tags().forEach(json::write);
        json.writeEnd();
        json.writeStartArray("interests");
        d.interests().forEach(json::write);
        json.writeEnd();
    }

    /** The custom values, in clear (the person's right of access), as the API names them. */
    private void writeCustom(JsonGenerator json, long customerId) {
        CustomFieldSet fields = CustomValueStore.fields(em);
        json.writeStartObject("custom");
        CustomValues.shown(CustomValueStore.of(em, customerId, fields), fields, true)
                .forEach((key, value) -> {
                    if (value instanceof List<?> list) {
                        json.writeStartArray(key);
                        list.forEach(v -> json.write(v.toString()));
                        json.writeEnd();
                    } else if (value instanceof Boolean b) {
                        json.write(key, b);
                    } else if (value instanceof Long n) {
                        json.write(key, n);
                    } else if (value instanceof java.math.BigDecimal d) {
                        json.write(key, d);
                    } else {
                        json.write(key, value.toString());
                    }
                });
        json.writeEnd();
    }

    private static void writeConsentState(JsonGenerator json, Consents consents) {
        json.writeStartArray("channels");
        for (Map.Entry<ConsentChannel, Boolean> e : consents.asMap().entrySet()) {
            json.writeStartObject();
            json.write("channel", e.getKey().name());
            json.write("granted", e.getValue());
            var since = consents.changedAt(e.getKey());
            if (since != null) {
                json.write("since", since.toInstant().toString());
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void optional(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }
}
