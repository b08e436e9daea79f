package io.crm.rest.customer;

import io.crm.customer.ConsentChannel;
import io.crm.customer.CustomerData;
import io.crm.customer.CustomerType;
import io.crm.customer.Gender;
import io.crm.customer.Source;
import io.crm.customer.Tier;
import io.crm.rest.json.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.util.Map;
import java.util.Set;

/**
 * The JSON form of a customer's writable state: read strictly from requests, and written back so that a merge
 * patch (RFC 7396) can be applied to it.
 */
final class CustomerJson {

    /** Looked up once: {@code Json.createX} searches the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final Set<String> WRITABLE = Set.of("type", "name", "phones", "emails", "wechatId", "gender", "birthday",
            "occupation", "region", "city", "source", "tags", "consents", "ownerId", "teamId", "tier");
    static final Set<String> READ_ONLY = Set.of("id", "version", "lifecycleStage", "rfm", "tierSetByHand", "piiMasked",
            "createdAt", "updatedAt");

    private CustomerJson() {
    }

    static CustomerData read(JsonObject json) {
        JsonFields f = new JsonFields(json, WRITABLE, READ_ONLY);
        CustomerData data = new CustomerData(f.enumValue("type", CustomerType.class), f.string("name"),
                f.strings("phones"), f.strings("emails"), f.string("wechatId"), f.enumValue("gender", Gender.class),
                f.date("birthday"), f.string("occupation"), f.string("region"), f.string("city"),
                f.enumValue("source", Source.class), f.strings("tags"), f.booleanMap("consents", ConsentChannel.class),
                f.string("ownerId"), f.string("teamId"), f.enumValue("tier", Tier.class));
        f.done();
        return data;
    }

    /**
     * Applies an RFC 7396 merge patch to the current state and reads the result like a full request. Field names
     * are checked on the patch itself, since a null for an unknown or read-only field would vanish in the merge.
     */
    static CustomerData merge(CustomerData current, JsonObject patch) {
        JsonFields names = new JsonFields(patch, WRITABLE, READ_ONLY);
        if (patch.get("consents") instanceof JsonObject consents) {
            names.keysOf("consents", consents, ConsentChannel.class);
        }
        names.done();
        JsonValue merged = JSON.createMergePatch(patch).apply(write(current));
        return read(merged.asJsonObject());
    }

    static JsonObject write(CustomerData d) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        put(b, "type", d.type());
        put(b, "name", d.name());
        b.add("phones", JSON.createArrayBuilder(d.phones()));
        b.add("emails", JSON.createArrayBuilder(d.emails()));
        put(b, "wechatId", d.wechatId());
        put(b, "gender", d.gender());
        put(b, "birthday", d.birthday());
        put(b, "occupation", d.occupation());
        put(b, "region", d.region());
        put(b, "city", d.city());
        put(b, "source", d.source());
        b.add("tags", JSON.createArrayBuilder(d.tags()));
        JsonObjectBuilder consents = JSON.createObjectBuilder();
        for (Map.Entry<ConsentChannel, Boolean> e : d.consents().entrySet()) {
            consents.add(e.getKey().name(), e.getValue());
        }
        b.add("consents", consents);
        put(b, "ownerId", d.ownerId());
        put(b, "teamId", d.teamId());
        put(b, "tier", d.tier());
        return b.build();
    }

    private static void put(JsonObjectBuilder b, String name, Object value) {
        if (value != null) {
            b.add(name, value.toString());
        }
    }
}
